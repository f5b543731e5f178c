import { renderRichText } from '../../cms/domain/rich-text';

describe('rich text for the website', () => {
  it.each([
    ['## الهدف العام\n\nتقديم خدمة متميزة', '<h2>الهدف العام</h2>\n<p>تقديم خدمة متميزة</p>\n'],
    ['- أولًا\n- ثانيًا', '<ul>\n<li>أولًا</li>\n<li>ثانيًا</li>\n</ul>\n'],
    ['<p>نص <strong>مهم</strong></p>', '<p>نص <strong>مهم</strong></p>'],
    ['# عنوان', '<h2>عنوان</h2>\n'],
    ['<script>alert(1)</script>نص', 'نص'],
    ['<p onclick="x()">نص</p>', '<p>نص</p>'],
    ['[رابط](javascript:alert(1))', '<p>[رابط](javascript:alert(1))</p>\n'],
    ['<a href="javascript:alert(1)">رابط</a>', '<p><a>رابط</a></p>\n'],
    ['<img src="data:image/png;base64,AAAA" alt="x">', '<img alt="x" />'],
    ['', ''],
  ])('[PD4] renders %j as %j', (input, expected) => {
    expect(renderRichText(input)).toBe(expected);
  });
});
