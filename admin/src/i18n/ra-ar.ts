/**
 * react-admin's own messages in Arabic, key for key with ra-language-english (the translation test
 * checks that no key is missing). Plural forms use polyglot's "||||" separator.
 */
import type { TranslationMessages } from 'ra-core';
import { arPlural } from './plural';

export const raArabic: TranslationMessages = {
  ra: {
    action: {
      add_filter: 'إضافة عامل تصفية', add: 'إضافة', back: 'رجوع', bulk_actions: arPlural('تم تحديد عنصر واحد', 'تم تحديد %{smart_count} عناصر'),
      cancel: 'إلغاء', clear_array_input: 'مسح القائمة', clear_input_value: 'مسح القيمة', clone: 'نسخ', confirm: 'تأكيد', create: 'إنشاء',
      create_item: 'إنشاء %{item}', delete: 'حذف', edit: 'تعديل', export: 'تصدير', list: 'القائمة', refresh: 'تحديث',
      remove_filter: 'إزالة عامل التصفية', remove_all_filters: 'إزالة كل عوامل التصفية', remove: 'إزالة', reset: 'إعادة تعيين', save: 'حفظ',
      search: 'بحث', search_columns: 'البحث في الأعمدة', select_all: 'تحديد الكل', select_all_button: 'تحديد الكل', select_row: 'تحديد هذا الصف',
      show: 'عرض', sort: 'ترتيب', undo: 'تراجع', unselect: 'إلغاء التحديد', expand: 'توسيع', close: 'إغلاق', open_menu: 'فتح القائمة',
      close_menu: 'إغلاق القائمة', update: 'تحديث', move_up: 'تحريك لأعلى', move_down: 'تحريك لأسفل', open: 'فتح',
      toggle_theme: 'تبديل الوضع الفاتح/الداكن', select_columns: 'الأعمدة', update_application: 'إعادة تحميل التطبيق',
    },
    boolean: { true: 'نعم', false: 'لا', null: ' ' },
    page: {
      create: 'إنشاء %{name}', dashboard: 'لوحة المعلومات', edit: '%{name} %{recordRepresentation}', error: 'حدث خطأ ما', list: '%{name}',
      loading: 'جارٍ التحميل', not_found: 'غير موجود', show: '%{name} %{recordRepresentation}', empty: 'لا توجد %{name} بعد.',
      invite: 'هل تريد إضافة واحد؟', access_denied: 'الوصول مرفوض', authentication_error: 'خطأ في المصادقة',
    },
    input: {
      file: { upload_several: 'أسقط بعض الملفات للرفع، أو انقر لاختيار ملف.', upload_single: 'أسقط ملفاً للرفع، أو انقر لاختياره.' },
      image: { upload_several: 'أسقط بعض الصور للرفع، أو انقر لاختيار صورة.', upload_single: 'أسقط صورة للرفع، أو انقر لاختيارها.' },
      references: {
        all_missing: 'تعذر العثور على البيانات المرتبطة.',
        many_missing: 'يبدو أن واحداً على الأقل من العناصر المرتبطة لم يعد متاحاً.',
        single_missing: 'يبدو أن العنصر المرتبط لم يعد متاحاً.',
      },
      password: { toggle_visible: 'إخفاء كلمة المرور', toggle_hidden: 'إظهار كلمة المرور' },
    },
    message: {
      about: 'حول', access_denied: 'ليست لديك الصلاحية للوصول إلى هذه الصفحة', are_you_sure: 'هل أنت متأكد؟',
      authentication_error: 'أعاد خادم المصادقة خطأً وتعذر التحقق من بيانات الدخول.', auth_error: 'حدث خطأ أثناء التحقق من رمز الدخول.',
      bulk_delete_content: arPlural('هل أنت متأكد من حذف %{name}؟', 'هل أنت متأكد من حذف هذه العناصر وعددها %{smart_count}؟'),
      bulk_delete_title: arPlural('حذف %{name}', 'حذف %{smart_count} من %{name}'),
      bulk_update_content: arPlural('هل أنت متأكد من تحديث %{name} %{recordRepresentation}؟', 'هل أنت متأكد من تحديث هذه العناصر وعددها %{smart_count}؟'),
      bulk_update_title: arPlural('تحديث %{name} %{recordRepresentation}', 'تحديث %{smart_count} من %{name}'),
      clear_array_input: 'هل أنت متأكد من مسح القائمة كلها؟', delete_content: 'هل أنت متأكد من حذف هذا العنصر من %{name}؟',
      delete_title: 'حذف %{name} %{recordRepresentation}', details: 'التفاصيل', error: 'حدث خطأ في المتصفح وتعذر إكمال طلبك.',
      invalid_form: 'النموذج غير صالح، يرجى مراجعة الأخطاء', loading: 'يرجى الانتظار', no: 'لا',
      not_found: 'إما أنك كتبت عنواناً خاطئاً أو اتبعت رابطاً غير صالح.',
      select_all_limit_reached: 'العناصر كثيرة فلا يمكن تحديدها كلها. حُدد أول %{max} عنصر فقط.',
      unsaved_changes: 'لم تُحفظ بعض التغييرات. هل تريد تجاهلها؟', yes: 'نعم', placeholder_data_warning: 'مشكلة في الشبكة: تعذر تحديث البيانات.',
    },
    navigation: {
      clear_filters: 'مسح عوامل التصفية', no_filtered_results: 'لا توجد %{name} مطابقة لعوامل التصفية الحالية.', no_results: 'لا توجد %{name}',
      no_more_results: 'رقم الصفحة %{page} خارج النطاق. جرّب الصفحة السابقة.', page_out_of_boundaries: 'رقم الصفحة %{page} خارج النطاق',
      page_out_from_end: 'لا يمكن تجاوز الصفحة الأخيرة', page_out_from_begin: 'لا يمكن الرجوع قبل الصفحة ١',
      page_range_info: '%{offsetBegin}-%{offsetEnd} من %{total}', partial_page_range_info: '%{offsetBegin}-%{offsetEnd} من أكثر من %{offsetEnd}',
      current_page: 'الصفحة %{page}', page: 'الذهاب إلى الصفحة %{page}', first: 'الذهاب إلى الصفحة الأولى', last: 'الذهاب إلى الصفحة الأخيرة',
      next: 'الصفحة التالية', previous: 'الصفحة السابقة', page_rows_per_page: 'عدد الصفوف في الصفحة:', skip_nav: 'تخطَّ إلى المحتوى',
      // Asked for by react-admin's pagination although ra-language-english does not define them.
      'start-ellipsis': '…', 'end-ellipsis': '…',
    },
    sort: { sort_by: 'ترتيب حسب %{field_lower_first} %{order}', ASC: 'تصاعدياً', DESC: 'تنازلياً' },
    auth: {
      auth_check_error: 'يرجى تسجيل الدخول للمتابعة', user_menu: 'الملف الشخصي', username: 'اسم المستخدم', password: 'كلمة المرور',
      email: 'البريد الإلكتروني', sign_in: 'تسجيل الدخول', sign_in_error: 'فشل تسجيل الدخول، يرجى المحاولة مرة أخرى', logout: 'تسجيل الخروج',
    },
    notification: {
      updated: arPlural('تم تحديث العنصر', 'تم تحديث %{smart_count} عناصر'), created: 'تم إنشاء العنصر', deleted: arPlural('تم حذف العنصر', 'تم حذف %{smart_count} عناصر'),
      bad_item: 'عنصر غير صحيح', item_doesnt_exist: 'العنصر غير موجود', http_error: 'خطأ في الاتصال بالخادم',
      data_provider_error: 'خطأ في مزود البيانات. راجع وحدة التحكم للتفاصيل.', i18n_error: 'تعذر تحميل الترجمة للغة المحددة',
      canceled: 'أُلغي الإجراء', logged_out: 'انتهت جلستك، يرجى تسجيل الدخول مرة أخرى.', not_authorized: 'ليست لديك صلاحية الوصول إلى هذا المورد.',
      application_update_available: 'يتوفر إصدار جديد.', offline: 'لا يوجد اتصال. تعذر جلب البيانات.',
    },
    validation: {
      required: 'مطلوب', minLength: 'يجب ألا يقل عن %{min} حرفاً', maxLength: 'يجب ألا يزيد على %{max} حرفاً', minValue: 'يجب ألا يقل عن %{min}',
      maxValue: 'يجب ألا يزيد على %{max}', number: 'يجب أن يكون رقماً', email: 'يجب أن يكون بريداً إلكترونياً صحيحاً',
      oneOf: 'يجب أن يكون أحد الخيارات: %{options}', regex: 'يجب أن يطابق الصيغة: %{pattern}', unique: 'يجب أن يكون فريداً',
    },
    saved_queries: {
      label: 'الاستعلامات المحفوظة', query_name: 'اسم الاستعلام', new_label: 'حفظ الاستعلام الحالي...', new_dialog_title: 'حفظ الاستعلام الحالي باسم',
      remove_label: 'إزالة الاستعلام المحفوظ', remove_label_with_name: 'إزالة الاستعلام "%{name}"', remove_dialog_title: 'إزالة الاستعلام المحفوظ؟',
      remove_message: 'هل أنت متأكد من إزالة هذا العنصر من قائمة الاستعلامات المحفوظة؟', help: 'صفِّ القائمة واحفظ هذا الاستعلام لاحقاً',
    },
    guesser: { empty: { title: 'لا توجد بيانات للعرض', message: 'يرجى التحقق من مزود البيانات' } },
    configurable: {
      customize: 'تخصيص', configureMode: 'تهيئة هذه الصفحة',
      inspector: { title: 'المفتش', content: 'مرّر المؤشر على عناصر الواجهة لتهيئتها', reset: 'إعادة الضبط', hideAll: 'إخفاء الكل', showAll: 'إظهار الكل' },
      Datagrid: { title: 'الجدول', unlabeled: 'عمود بلا عنوان #%{column}' },
      SimpleForm: { title: 'النموذج', unlabeled: 'حقل بلا عنوان #%{input}' },
      SimpleList: { title: 'القائمة', primaryText: 'النص الأساسي', secondaryText: 'النص الثانوي', tertiaryText: 'النص الثالث' },
    },
  },
};
