/**
 * Every way the API says "no", with a stable code, an HTTP status and the message in Arabic and
 * English. Clients (the console, the public site, tests) match on the code, never on the prose.
 */
type Message = { status: number; ar: string; en: string };

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, ar: 'البيانات المرسلة غير صحيحة', en: 'The submitted data is not valid' },
  UNKNOWN_FIELD: { status: 400, ar: 'حقل غير معروف', en: 'Unknown field' },
  FIELD_REQUIRED: { status: 400, ar: 'هذا الحقل مطلوب', en: 'This field is required' },
  FIELD_INVALID_TYPE: { status: 400, ar: 'نوع القيمة غير صحيح', en: 'The value has the wrong type' },
  FIELD_INVALID_ENUM: {
    status: 400,
    ar: 'القيمة ليست من الخيارات المتاحة: {values}',
    en: 'The value is not one of: {values}',
  },
  FIELD_TOO_LONG: {
    status: 400,
    ar: 'النص أطول من الحد المسموح ({max} حرفاً)',
    en: 'The text is longer than {max} characters',
  },
  // A text under its minimum length (a complaint's subject, a name): said as a length, not as a range to ∞.
  FIELD_TOO_SHORT: {
    status: 400,
    ar: 'النص أقصر من الحد الأدنى ({min} أحرف على الأقل)',
    en: 'The text is shorter than {min} characters',
  },
  FIELD_OUT_OF_RANGE: {
    status: 400,
    ar: 'القيمة خارج النطاق المسموح ({min} – {max})',
    en: 'The value is outside the allowed range ({min} – {max})',
  },
  FIELD_INVALID_REFERENCE: { status: 400, ar: 'السجل المرتبط غير موجود', en: 'The linked record does not exist' },
  EMAIL_INVALID: { status: 400, ar: 'البريد الإلكتروني غير صحيح', en: 'The email address is not valid' },
  DATE_INVALID: { status: 400, ar: 'التاريخ غير صحيح', en: 'The date is not valid' },
  PHONE_INVALID: {
    status: 400,
    ar: 'رقم الجوال غير صحيح: يقبل رقم سعودي مثل 05xxxxxxxx أو +9665xxxxxxxx',
    en: 'The phone number is not valid: a Saudi number such as 05xxxxxxxx or +9665xxxxxxxx',
  },
  NATIONAL_ID_REQUIRED: {
    status: 400,
    ar: 'رقم الهوية الوطنية أو الإقامة مطلوب',
    en: 'The national ID or iqama number is required',
  },
  NATIONAL_ID_NOT_DIGITS: {
    status: 400,
    ar: 'رقم الهوية يجب أن يتكون من أرقام فقط',
    en: 'The ID number must contain digits only',
  },
  NATIONAL_ID_LENGTH: {
    status: 400,
    ar: 'رقم الهوية يجب أن يتكون من ١٠ أرقام',
    en: 'The ID number must have exactly 10 digits',
  },
  NATIONAL_ID_FIRST_DIGIT: {
    status: 400,
    ar: 'رقم الهوية يبدأ بالرقم ١ للمواطن أو ٢ للمقيم',
    en: 'The ID number starts with 1 (citizen) or 2 (resident)',
  },
  NATIONAL_ID_CHECKSUM: {
    status: 400,
    ar: 'رقم الهوية غير صحيح (خانة التحقق لا تطابق)',
    en: 'The ID number is not valid (check digit mismatch)',
  },
  ELIGIBILITY_RULES_INVALID: {
    status: 400,
    ar: 'شرط الاستحقاق رقم {index} غير صحيح: {reasonAr}',
    en: 'Eligibility rule {index} is not valid: {reasonEn}',
  },
  REQUIRED_DOCUMENTS_INVALID: {
    status: 400,
    ar: 'قائمة المستندات المطلوبة غير صحيحة: لكل مستند مفتاح واسم بالعربية وبالإنجليزية',
    en: 'The required documents are not valid: each needs a key, an Arabic and an English label',
  },
  HOLIDAY_RANGE_INVALID: {
    status: 400,
    ar: 'تاريخ نهاية الإجازة يسبق تاريخ بدايتها',
    en: 'The holiday ends before it starts',
  },
  WEEKEND_DAYS_INVALID: {
    status: 400,
    ar: 'أيام العطلة الأسبوعية أرقام من ٠ (الأحد) إلى ٦ (السبت) دون تكرار، ويبقى يوم عمل واحد على الأقل',
    en: 'Weekend days are numbers from 0 (Sunday) to 6 (Saturday), without repeats, leaving at least one working day',
  },
  WORKDAY_HOURS_INVALID: {
    status: 400,
    ar: 'ساعات الدوام بصيغة HH:MM وتبدأ قبل أن تنتهي',
    en: 'Working hours are HH:MM and start before they end',
  },
  INVALID_RANGE: { status: 400, ar: 'نطاق الصفحة غير صحيح', en: 'The range parameter is not valid' },
  INVALID_SORT: { status: 400, ar: 'معيار الترتيب غير صحيح', en: 'The sort parameter is not valid' },
  INVALID_FILTER: { status: 400, ar: 'عامل التصفية غير صحيح', en: 'The filter parameter is not valid' },
  // P1: a field the role sees masked or hidden, or that does not exist, is never filtered or sorted on.
  FILTER_NOT_ALLOWED: { status: 400, ar: 'لا يمكن التصفية حسب هذا الحقل', en: 'This field cannot be used to filter' },
  FILTER_VALUE_INVALID: {
    status: 400,
    ar: 'قيمة التصفية لا تناسب نوع هذا الحقل',
    en: "The filter value does not fit this field's type",
  },
  SORT_NOT_ALLOWED: { status: 400, ar: 'لا يمكن الترتيب حسب هذا الحقل', en: 'This field cannot be used to sort' },
  UNAUTHENTICATED: { status: 401, ar: 'يلزم تسجيل الدخول', en: 'You must sign in' },
  FORBIDDEN: { status: 403, ar: 'لا تملك صلاحية هذا الإجراء', en: 'You are not allowed to do this' },
  FORBIDDEN_FIELD: {
    status: 403,
    ar: 'لا تملك صلاحية تعديل هذا الحقل',
    en: 'You are not allowed to change this field',
  },
  NOT_FOUND: { status: 404, ar: 'السجل غير موجود', en: 'The record does not exist' },
  TRANSITION_NOT_ALLOWED: {
    status: 409,
    ar: 'لا يمكن نقل الطلب إلى هذه الحالة من حالته الحالية',
    en: 'The request cannot move to this state from its current state',
  },
  ROLE_NOT_ALLOWED: {
    status: 403,
    ar: 'لا تملك صلاحية هذا الإجراء على الطلب',
    en: 'Your role may not make this change',
  },
  PRECONDITION_FAILED: {
    status: 409,
    ar: 'لم تستوفَ متطلبات هذا الإجراء',
    en: 'The conditions for this step are not met',
  },
  STALE_VERSION: {
    status: 409,
    ar: 'عدّل مستخدم آخر الطلب للتو؛ حدّث الصفحة وأعد المحاولة',
    en: 'Someone else changed this request just now; reload and try again',
  },
  NOT_COMMITTEE_MEMBER: {
    status: 403,
    ar: 'لست عضواً في اللجنة المختصة بهذا الطلب',
    en: 'You are not a member of the committee for this request',
  },
  VOTING_CLOSED: {
    status: 409,
    ar: 'التصويت متاح فقط للطلبات المعروضة على اللجنة',
    en: 'Voting is open only while the request is before the committee',
  },
  CHANNEL_NOT_ENABLED: {
    status: 422,
    ar: 'القناة «{value}» ليست من قنوات التواصل المفعلة لدى الجمعية',
    en: 'The channel "{value}" is not one the association has enabled',
  },
  CATEGORY_NOT_ENABLED: {
    status: 422,
    ar: 'التصنيف «{value}» ليس من تصنيفات الشكاوى المفعلة لدى الجمعية',
    en: 'The category "{value}" is not one the association has enabled',
  },
  KEY_INVALID: {
    status: 400,
    ar: 'المعرّف يبدأ بحرف إنجليزي صغير ولا يحوي إلا حروفاً صغيرة وأرقاماً و _',
    en: 'The key starts with a lower-case letter and holds only a–z, 0–9 and _',
  },
  KEY_IMMUTABLE: {
    status: 400,
    ar: 'لا يُغيَّر المعرّف بعد الإنشاء لأن السجلات تشير إليه',
    en: 'The key cannot change after creation: records refer to it',
  },
  TASK_ALREADY_DONE: {
    status: 409,
    ar: 'سُجّل إنجاز هذه المهمة من قبل',
    en: 'This task has already been recorded as done',
  },
  ALREADY_VOTED: { status: 409, ar: 'سبق أن صوّتَّ على هذا الطلب', en: 'You have already voted on this request' },
  SIGNATURE_IMAGE_INVALID: {
    status: 400,
    ar: 'صورة التوقيع يجب أن تكون PNG أو JPEG',
    en: 'The signature must be a PNG or JPEG image',
  },
  SIGNATURE_IMAGE_TOO_LARGE: {
    status: 400,
    ar: 'صورة التوقيع أكبر من ٥١٢ كيلوبايت',
    en: 'The signature image is larger than 512 KB',
  },
  SIGNATURE_NOT_EXPECTED: {
    status: 409,
    ar: 'هذا الإقرار موقّع بالإشهاد لا بصورة توقيع',
    en: 'This attestation is witnessed, not signed with an image',
  },
  ALREADY_SIGNED: {
    status: 409,
    ar: 'الإقرار موقّع سابقاً ولا يُستبدل توقيعه',
    en: 'The attestation is already signed; its signature cannot be replaced',
  },
  MINUTES_LOCKED: {
    status: 409,
    ar: 'لا يمكن تعديل محضر اجتماع معتمد أو ملغى',
    en: 'The minutes of an approved or cancelled meeting cannot change',
  },
  MINUTES_NOT_PENDING: {
    status: 409,
    ar: 'المحضر ليس بانتظار الاعتماد: يكتب أولاً',
    en: 'The minutes are not awaiting approval: write them first',
  },
  MINUTES_ALREADY_APPROVED: {
    status: 409,
    ar: 'سبق أن اعتمدتَ هذا المحضر',
    en: 'You have already approved these minutes',
  },
  NATIONALITY_ID_MISMATCH: {
    status: 400,
    ar: 'الجنسية لا تطابق نوع الهوية: رقم الهوية الوطنية (يبدأ بـ 1) للسعوديين، ورقم الإقامة (يبدأ بـ 2) لغيرهم',
    en: 'The nationality does not match the ID: a national ID (starting with 1) is for Saudis, an iqama (starting with 2) for others',
  },
  CONSENT_REQUIRED: {
    status: 400,
    ar: 'يلزم موافقتك على حفظ بياناتك واستخدامها لدراسة طلبك',
    en: 'Your consent to keep and use your data to study the request is required',
  },
  NATIONAL_ID_DUPLICATE: {
    status: 409,
    ar: 'رقم الهوية مسجل لمستفيد آخر',
    en: 'This ID number is already registered to another beneficiary',
  },
  DUPLICATE_VALUE: { status: 409, ar: 'القيمة مسجلة مسبقاً', en: 'This value is already registered' },
  TEXT_INVALID_CHARACTERS: {
    status: 400,
    ar: 'النص يحتوي على رموز غير مقروءة أو غير مسموح بها',
    en: 'The text contains unreadable or disallowed characters',
  },
  CONTACT_REQUIRED: {
    status: 400,
    ar: 'أدخل رقم الجوال أو البريد الإلكتروني لنرسل لكم رقم المتابعة، أو اختر تقديمها دون اسم',
    en: 'Give a mobile number or an email address for the acknowledgement, or file anonymously',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    ar: 'نوع المحتوى غير مدعوم: أرسل JSON أو multipart/form-data',
    en: 'Unsupported content type: send JSON or multipart/form-data',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    ar: 'مفتاح عدم التكرار غير صحيح (٨ إلى ٦٤ حرفاً لاتينياً أو رقماً أو - أو _)',
    en: 'The Idempotency-Key header is not valid (8 to 64 letters, digits, - or _)',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    status: 400,
    ar: 'المرفق ليس ملف PDF أو JPEG أو PNG',
    en: 'The attachment is not a PDF, JPEG or PNG file',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 400,
    ar: 'حجم المرفق أكبر من الحد المسموح ({max})',
    en: 'The attachment is larger than the limit ({max})',
  },
  // P1, CM1: a file is taken only when a real decoder reads it as what its bytes claim (415 otherwise).
  FILE_NOT_ACCEPTED: { status: 415, ar: 'الملف المرفق غير مقبول', en: 'The attached file is not accepted' },
  FILE_NOT_DECODABLE: {
    status: 415,
    ar: 'تعذرت قراءة الملف: ليس ملف PDF أو صورة JPEG أو PNG سليمة',
    en: 'The file could not be read as a valid PDF, JPEG or PNG',
  },
  PDF_ENCRYPTED: {
    status: 415,
    ar: 'ملف PDF محمي بكلمة مرور؛ أرسل نسخة غير محمية',
    en: 'The PDF is password-protected; send an unprotected copy',
  },
  FILE_HAS_MARKUP: {
    status: 415,
    ar: 'الملف يحتوي على شيفرة صفحات ويب (HTML) ولا يقبل',
    en: 'The file contains web-page code (HTML) and is not accepted',
  },
  TOO_MANY_ATTACHMENTS: {
    status: 400,
    ar: 'عدد المرفقات أكبر من المسموح ({max})',
    en: 'Too many attachments (at most {max})',
  },
  RATE_LIMITED: {
    status: 429,
    ar: 'طلبات كثيرة في وقت قصير؛ أعد المحاولة بعد {seconds} ثانية',
    en: 'Too many requests; try again in {seconds} seconds',
  },
  TRACKING_FACTOR_REQUIRED: {
    status: 400,
    ar: 'اكتب رمز التحقق أو آخر أربعة أرقام من الجوال',
    en: 'Enter the verification code or the last four digits of the mobile number',
  },
  TRACKING_NOT_FOUND: {
    status: 404,
    ar: 'لا توجد شكوى بهذا الرقم وبيانات التحقق هذه',
    en: 'No complaint matches this number and verification',
  },
  SETTLEMENT_CONDITIONS_UNMET: {
    status: 409,
    ar: 'لا يجوز التعويض قبل ثبوت الشروط: {unmetAr}',
    en: 'Compensation needs every condition established: {unmetEn}',
  },
  SETTLEMENT_NOTES_REQUIRED: {
    status: 400,
    ar: 'سجّل محاولة التسوية الودية قبل حل الشكوى',
    en: 'Record the amicable-settlement attempt before resolving a complaint',
  },
  ASSIGNEE_REQUIRED: {
    status: 400,
    ar: 'حدد الموظف أو الإدارة، أو اطلب الإحالة التلقائية',
    en: 'Name the officer or the department, or ask for automatic routing',
  },
  NO_ROUTING_RULE: {
    status: 409,
    ar: 'لا توجد قاعدة إحالة لهذا التصنيف وفئة المستفيد',
    en: 'No routing rule matches this category and beneficiary category',
  },
  BODY_MALFORMED: { status: 400, ar: 'تعذرت قراءة محتوى الطلب', en: 'The request body could not be read' },
  BODY_TOO_DEEP: {
    status: 400,
    ar: 'محتوى الطلب متداخل أكثر من {max} مستوى',
    en: 'The request body is nested deeper than {max} levels',
  },
  STATS_RANGE_INVALID: {
    status: 400,
    ar: 'نطاق التاريخ غير صحيح (from قبل to، بصيغة ISO)',
    en: 'The date range is not valid (ISO dates, from before to)',
  },
  REPORT_MONTH_INVALID: {
    status: 400,
    ar: 'الشهر غير صحيح: اكتبه بالصيغة YYYY-MM (مثل 2025-03)',
    en: 'The month is not valid: write it as YYYY-MM (e.g. 2025-03)',
  },
  REPORT_MONTH_FUTURE: {
    status: 400,
    ar: 'لا يوجد تقرير لشهر لم يبدأ بعد',
    en: 'There is no report for a month that has not begun',
  },
  REPORT_PDF_UNAVAILABLE: {
    status: 503,
    ar: 'تعذّر إعداد ملف PDF (متصفح Chromium غير مثبت على الخادم)؛ نزّل التقرير بصيغة CSV',
    en: 'The PDF cannot be produced (Chromium is not installed on the server); download the CSV instead',
  },
  STATS_RANGE_TOO_LONG: {
    status: 400,
    ar: 'نطاق التاريخ أطول من الحد المسموح ({max} يوماً)',
    en: 'The date range is longer than {max} days',
  },
  // Idempotency draft (draft-ietf-httpapi-idempotency-key-header §2.7): a reused key with another payload is 422.
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    ar: 'استُخدم مفتاح عدم التكرار نفسه لطلب مختلف؛ أرسل الطلب الجديد بمفتاح جديد',
    en: 'This Idempotency-Key was already used for a different submission; send a new submission with a new key',
  },
  VALUE_ALREADY_USED: {
    status: 409,
    ar: 'قيمة «{labelAr}» مسجلة مسبقاً لسجل آخر',
    en: 'The {labelEn} is already used by another record',
  },
  SUBMISSION_TOO_LARGE: {
    status: 413,
    ar: 'حجم الطلب أكبر من المسموح ({max})',
    en: 'The submission is larger than the limit ({max})',
  },
  CONTENT_LENGTH_REQUIRED: {
    status: 411,
    ar: 'يجب أن يحدد الطلب طوله (Content-Length) عند إرفاق ملفات',
    en: 'A submission with files must state its Content-Length',
  },
  // Sessions and passwords (P1): cms/domain/password-policy.ts, cms/services/sign-in-limit.ts, password-reset.ts.
  PASSWORD_TOO_SHORT: {
    status: 400,
    ar: 'كلمة المرور قصيرة: ١٢ حرفاً على الأقل',
    en: 'The password is too short: at least 12 characters',
  },
  PASSWORD_TOO_LONG: { status: 400, ar: 'كلمة المرور أطول من ٧٢ بايت', en: 'The password is longer than 72 bytes' },
  PASSWORD_CONTAINS_USERNAME: {
    status: 400,
    ar: 'كلمة المرور يجب ألا تحتوي على اسم المستخدم',
    en: 'The password must not contain the username',
  },
  PASSWORD_TOO_COMMON: {
    status: 400,
    ar: 'كلمة المرور شائعة ويسهل تخمينها؛ اختر غيرها',
    en: 'The password is too common and easy to guess; choose another',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    ar: 'الحساب مقفل مؤقتاً بعد محاولات دخول فاشلة متكررة؛ أعد المحاولة بعد {minutes} دقيقة',
    en: 'The account is locked after repeated failed sign-ins; try again in {minutes} minutes',
  },
  RESET_TOKEN_INVALID: {
    status: 400,
    ar: 'رابط إعادة تعيين كلمة المرور غير صالح أو منتهي أو مستخدم',
    en: 'The password reset link is not valid, has expired or was already used',
  },
  RESET_EMAIL_MISSING: {
    status: 409,
    ar: 'لا يوجد بريد إلكتروني لهذا الموظف لإرسال الرابط إليه',
    en: 'This staff member has no e-mail address to send the link to',
  },
  OWN_ACCOUNT: {
    status: 409,
    ar: 'لا يمكنك تغيير دورك أو إيقاف حسابك بنفسك',
    en: 'You cannot change your own role or block your own account',
  },
  // Surveys (S1, S4, ALL-SAT, YSR-E1): cms/validation/survey-body.ts, cms/domain/survey-answers.ts, cms/services/surveys.ts.
  SURVEY_NEEDS_LIKERT: {
    status: 400,
    ar: 'يجب أن يتضمن الاستبيان سؤالاً إلزامياً واحداً على الأقل بمقياس من ١ إلى ٥ (منه تُحسب درجة الرضا)',
    en: 'A questionnaire needs at least one required 1–5 rating question (the satisfaction score comes from them)',
  },
  SURVEY_OPTIONS_REQUIRED: {
    status: 400,
    ar: 'سؤال الاختيار يحتاج خيارين على الأقل',
    en: 'A choice question needs at least two options',
  },
  SURVEY_OPTIONS_NOT_ALLOWED: {
    status: 400,
    ar: 'الخيارات لأسئلة الاختيار فقط',
    en: 'Only choice questions have options',
  },
  SURVEY_KEY_REPEATED: {
    status: 400,
    ar: 'المفتاح «{key}» مكرر؛ لكل سؤال أو خيار مفتاح مختلف',
    en: 'The key "{key}" is repeated; each question or option needs its own key',
  },
  SURVEY_LINK_INVALID: {
    status: 404,
    ar: 'رابط الاستبيان غير صحيح أو انتهت صلاحيته',
    en: 'The survey link is not valid or has expired',
  },
  SURVEY_ALREADY_ANSWERED: {
    status: 410,
    ar: 'سبقت الإجابة عن هذا الاستبيان، شكراً لكم',
    en: 'This survey has already been answered, thank you',
  },
  SURVEY_NOT_PERIODIC: {
    status: 409,
    ar: 'الحملات للاستبيانات الدورية فقط؛ استبيان ما بعد الخدمة يُرسل عند تقديم الخدمة',
    en: 'Campaigns are for periodic surveys only; a post-service survey is sent when the service is delivered',
  },
  SURVEY_INACTIVE: {
    status: 409,
    ar: 'الاستبيان غير مفعل أو خارج فترة استقباله',
    en: 'The survey is not active or is outside its open period',
  },
  SURVEY_MISMATCH: {
    status: 400,
    ar: 'هذا الاستبيان لا يخص خدمة هذا الطلب',
    en: "This survey is not the one for this request's service",
  },
  // MC1: the visitor log counts what happened, never what has not yet.
  VISIT_DATE_IN_FUTURE: {
    status: 400,
    ar: 'لا يصح تسجيل زيارة بتاريخ لاحق لليوم',
    en: 'A visit cannot be recorded for a day after today',
  },
  VISIT_NOTHING_TO_UNDO: {
    status: 409,
    ar: 'لا يوجد إدخال لك اليوم في هذا الفرع للتراجع عنه',
    en: 'You have no entry today at this branch to undo',
  },
  // MC6: each refusal names the rule it applies (422: well-formed, but the calendar refuses it).
  APPOINTMENT_ENDS_BEFORE_START: {
    status: 422,
    ar: 'يجب أن ينتهي الموعد بعد وقت بدايته',
    en: 'The appointment must end after it starts',
  },
  APPOINTMENT_ON_HOLIDAY: {
    status: 422,
    ar: 'اليوم المختار إجازة رسمية في تقويم الجمعية',
    en: "The chosen day is a holiday in the association's calendar",
  },
  APPOINTMENT_ON_WEEKEND: {
    status: 422,
    ar: 'اليوم المختار ليس من أيام العمل الرسمية للجمعية',
    en: "The chosen day is not one of the association's working days",
  },
  APPOINTMENT_OUTSIDE_WORKING_HOURS: {
    status: 422,
    ar: 'الموعد خارج ساعات العمل الرسمية ({start} – {end})',
    en: 'The appointment is outside official working hours ({start} – {end})',
  },
  APPOINTMENT_CLASH: {
    status: 422,
    ar: 'يتعارض الموعد مع موعد آخر مجدول للمسؤول نفسه',
    en: 'The appointment clashes with another scheduled appointment of the same official',
  },
  INSPECTION_DATE_IN_FUTURE: {
    status: 400,
    ar: 'لا يصح تسجيل جولة ميدانية بتاريخ لاحق لليوم',
    en: 'An inspection cannot be recorded for a day after today',
  },
  CHECKLIST_NOTE_REQUIRED: {
    status: 400,
    ar: 'اكتب ملاحظة لبند القائمة غير المستوفى',
    en: 'Write a note for a checklist item that is not in order',
  },
  ACTION_ALREADY_DONE: {
    status: 409,
    ar: 'أُنجز هذا الإجراء التصحيحي ولا يعدَّل بعد إنجازه',
    en: 'This corrective action is done and can no longer be changed',
  },
  // H6, I1, ALL-TOOLS: configuration the association admin edits in the console (cms/services/configuration-hooks.ts).
  QUORUM_ABOVE_MEMBERS: {
    status: 400,
    ar: 'النصاب ({quorum}) أكبر من عدد أعضاء اللجنة ({members})، فلا يكتمل أبداً',
    en: "The quorum ({quorum}) is larger than the committee's {members} members: it could never be reached",
  },
  STAFF_ACCOUNT_INACTIVE: {
    status: 400,
    ar: 'الحساب «{username}» موقوف أو ليس حساب موظف',
    en: 'The account "{username}" is blocked or not a staff account',
  },
  STAFF_ROLE_UNSUITED: {
    status: 400,
    ar: 'دور «{username}» لا يتيح له {workAr}',
    en: 'The role of "{username}" does not allow {workEn}',
  },
  ROUTING_RULE_EMPTY: {
    status: 400,
    ar: 'حدّد تصنيف الشكوى أو فئة المستفيد أو كليهما، وإلا فلن تُحال إليه أي شكوى',
    en: 'Choose a complaint category, a beneficiary category or both: otherwise no complaint is ever routed here',
  },
  LIST_VALUE_REPEATED: {
    status: 400,
    ar: 'القيمة «{value}» مكررة في القائمة',
    en: 'The value "{value}" appears twice in the list',
  },
  // Issue 14: the association profile file (config/associations/*.yaml), every problem named by its JSON path.
  PROFILE_INVALID: {
    status: 400,
    ar: 'ملف تعريف الجمعية غير صحيح: لم يُغيَّر شيء',
    en: 'The association profile is not valid: nothing was changed',
  },
  PROFILE_NOT_YAML: { status: 400, ar: 'الملف ليس YAML صحيحاً: {reason}', en: 'The file is not valid YAML: {reason}' },
  PROFILE_PATTERN: {
    status: 400,
    ar: 'القيمة لا تطابق الصيغة المطلوبة',
    en: 'The value does not have the required form',
  },
  PROFILE_TOO_FEW: { status: 400, ar: 'يلزم {min} عنصر على الأقل', en: 'At least {min} item(s) are needed' },
  PROFILE_TOO_SMALL: { status: 400, ar: 'القيمة أقل من {min}', en: 'The value is below {min}' },
  PROFILE_TOO_LARGE: { status: 400, ar: 'القيمة أكبر من {max}', en: 'The value is above {max}' },
  PROFILE_UNKNOWN_CHANNEL: {
    status: 400,
    ar: 'قناة غير معروفة: {value} (المتاح: {values})',
    en: 'Unknown channel: {value} (known: {values})',
  },
  PROFILE_UNKNOWN_RULE_FIELD: {
    status: 400,
    ar: 'شرط على حقل غير موجود: {value} (المتاح: {values})',
    en: 'A rule on a field that does not exist: {value} (known: {values})',
  },
  PROFILE_RULE_INVALID: {
    status: 400,
    ar: 'شرط الاستحقاق غير صحيح: {reasonAr}',
    en: 'The rule is not valid: {reasonEn}',
  },
  PROFILE_DUPLICATE_KEY: { status: 400, ar: 'المفتاح مكرر: {value}', en: 'Duplicate key: {value}' },
  PROFILE_UNKNOWN_REFERENCE: {
    status: 400,
    ar: 'لا يوجد في الملف ما يشير إليه: {value}',
    en: 'Nothing in the profile has this key: {value}',
  },
  PROFILE_HIJRI_DATE_INVALID: {
    status: 400,
    ar: 'تاريخ هجري غير موجود في تقويم أم القرى: {value}',
    en: 'This Hijri date does not exist in the Umm al-Qura calendar: {value}',
  },
  PROFILE_DATE_INVALID: {
    status: 400,
    ar: 'تاريخ ميلادي غير موجود: {value}',
    en: 'This Gregorian date does not exist: {value}',
  },
  PROFILE_QUORUM_TOO_LARGE: {
    status: 400,
    ar: 'النصاب ({quorum}) أكبر من عدد الأعضاء ({members})',
    en: 'The quorum ({quorum}) is larger than the number of members ({members})',
  },
  PROFILE_CONFIRM_MISMATCH: {
    status: 409,
    ar: 'تغيّر الملف أو البيانات منذ المعاينة: عاين الملف مرة أخرى ثم أكّد',
    en: 'The file or the data changed since the preview: preview again, then confirm',
  },
  // PD1–PD3: publishing a policy document and signing what was published.
  APPROVAL_MEETING_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب رقم اجتماع مجلس الإدارة الذي اعتمدها',
    en: 'Publishing a policy needs the number of the board meeting that approved it',
  },
  APPROVAL_SESSION_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب دورة مجلس الإدارة التي اعتمدتها',
    en: 'Publishing a policy needs the board session that approved it',
  },
  APPROVAL_DATE_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب تاريخ اعتمادها الميلادي',
    en: 'Publishing a policy needs its Gregorian approval date',
  },
  APPROVAL_HIJRI_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب تاريخ اعتمادها الهجري (سنة-شهر-يوم)',
    en: 'Publishing a policy needs its Hijri approval date (year-month-day)',
  },
  APPROVAL_HIJRI_INVALID: {
    status: 400,
    ar: 'التاريخ الهجري ليس تاريخاً صحيحاً في تقويم أم القرى (سنة-شهر-يوم)',
    en: 'The Hijri date is not a valid Umm al-Qura date (year-month-day)',
  },
  APPROVAL_HIJRI_MISMATCH: {
    status: 400,
    ar: 'التاريخ الهجري لا يوافق التاريخ الميلادي للاعتماد: هو يوافق {expected}م',
    en: 'The Hijri date is not the same day as the Gregorian approval date: it is {expected}',
  },
  APPROVAL_CHAIR_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب اسم رئيس مجلس الإدارة',
    en: "Publishing a policy needs the board chair's name",
  },
  APPROVAL_SIGNATORIES_REQUIRED: {
    status: 400,
    ar: 'نشر السياسة يتطلب موقّعاً واحداً على الأقل من أعضاء المجلس (الاسم والصفة)',
    en: 'Publishing a policy needs at least one signatory of the board (name and title)',
  },
  APPROVAL_SIGNATORY_NAME_REQUIRED: {
    status: 400,
    ar: 'اكتب اسم الموقّع',
    en: "Write the signatory's name",
  },
  POLICY_SUPERSEDES_ITSELF: {
    status: 400,
    ar: 'لا تحل الوثيقة محل نفسها',
    en: 'A document cannot supersede itself',
  },
  POLICY_VERSION_TEXT_CHANGED: {
    status: 409,
    ar: 'نُشر الإصدار {version} بنص آخر: النص الجديد إصدار جديد، فارفع رقم الإصدار',
    en: 'Version {version} was published with another text: a new text is a new version, so raise the version number',
  },
  POLICY_VERSION_BEHIND: {
    status: 409,
    ar: 'نُشر الإصدار {latest} من هذه الوثيقة: لا يُنشر إصدار أقدم منه',
    en: 'Version {latest} of this document has been published: an older version cannot be published after it',
  },
  POLICY_NOT_PUBLISHED: {
    status: 409,
    ar: 'هذه الوثيقة غير منشورة، فلا يُقَر بالاطلاع عليها',
    en: 'This document is not published, so it cannot be signed',
  },
  POLICY_SUPERSEDED: {
    status: 409,
    ar: 'حلت محل هذه السياسة سياسة أحدث، فالإقرار يكون على الأحدث',
    en: 'This policy has been superseded by a newer one: sign the newer one',
  },
  POLICY_NOT_SIGNABLE: {
    status: 409,
    ar: 'الأدلة لا تحتاج إقراراً بالاطلاع، وإنما السياسات',
    en: 'Guides are not signed: only policies are',
  },
} as const satisfies Record<string, Message>;

export type ErrorCode = keyof typeof ERRORS;

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

/** The status and both messages of a code, with `{param}` placeholders filled. */
export const describeError = (code: ErrorCode, params: Record<string, string | number> = {}): Message => {
  const { status, ar, en } = ERRORS[code];
  return { status, ar: fill(ar, params), en: fill(en, params) };
};
