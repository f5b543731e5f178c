/** Policy documents in API tests. */

/** Yusr's board approval (shared/policies/yusr.ar.txt): meeting 5 of the first session, 25/11/1442 AH = 05/07/2021 (PD1). */
export const APPROVAL = {
  boardMeetingNumber: '5',
  boardSession: 'الدورة الأولى',
  approvalDate: '2021-07-05',
  approvalDateHijri: '1442-11-25',
  chairName: 'أ.د. هيفاء بنت عثمان فدا',
  signatories: [{ name: 'أ.د. هيفاء بنت عثمان فدا', title: 'رئيس مجلس الإدارة' }],
};
