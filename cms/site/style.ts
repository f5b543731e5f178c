/**
 * The site's one style sheet, inlined into every page. Logical properties only (margin-inline-start, not
 * margin-left) so the same rules serve Arabic (rtl) and English (ltr). Colours meet WCAG AA contrast
 * (text #1f2933 on #fff, links #0b5e43 on #fff, white on #0b5e43).
 */
export const SITE_CSS = `
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:system-ui,"Segoe UI",Tahoma,"Noto Sans Arabic",sans-serif;line-height:1.7;color:#1f2933;background:#fff}
a{color:#0b5e43}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{inset-inline-start:0;z-index:10}
.site-header{background:#0b5e43;color:#fff}
.site-header a{color:#fff}
.bar{display:flex;justify-content:space-between;align-items:center;gap:1rem;max-width:64rem;margin:0 auto;padding:.75rem 1rem}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0 auto;padding:0 1rem .75rem;max-width:64rem}
nav a{text-decoration:none;padding:.25rem 0;display:inline-block}
nav a[aria-current="page"]{text-decoration:underline;text-underline-offset:.35em;font-weight:700}
main{display:block;max-width:64rem;margin:0 auto;padding:1.5rem 1rem 3rem}
main:focus{outline:none}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem}
.card{border:1px solid #cbd2d9;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.card-title{font-size:1.1rem;margin:0 0 .5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;padding:0;list-style:none}
.muted{color:#52606d}
.notice{border-inline-start:4px solid #b45309;background:#fff7ed;padding:.75rem 1rem;margin:1rem 0}
.ok{border-inline-start:4px solid #0b5e43;background:#ecfdf5;padding:.75rem 1rem;margin:1rem 0}
.error{border-inline-start:4px solid #b91c1c;background:#fef2f2;padding:.75rem 1rem;margin:1rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0}
label{display:block;font-weight:700;margin:1rem 0 .25rem}
.hint{display:block;font-weight:400;color:#52606d;font-size:.9rem}
input,select,textarea{font:inherit;width:100%;max-width:32rem;padding:.5rem;border:1px solid #7b8794;border-radius:.25rem;background:#fff;color:#1f2933}
textarea{min-height:8rem}
fieldset{border:1px solid #cbd2d9;border-radius:.5rem;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.25rem 0}
.choice input{width:auto}
.field-error{color:#b91c1c;font-weight:700;display:block}
.hint-inline{font-weight:400;color:#52606d}
form>button[type="submit"]{display:block}
button,.button{font:inherit;font-weight:700;background:#0b5e43;color:#fff;border:0;border-radius:.25rem;padding:.6rem 1.25rem;margin-top:1.25rem;cursor:pointer;text-decoration:none;display:inline-block}
.hp{position:absolute;inset-inline-start:-10000px;width:1px;height:1px;overflow:hidden}
.site-footer{border-top:1px solid #cbd2d9;background:#f5f7fa;padding:1.5rem 1rem;text-align:center}
.site-footer p{margin:.25rem 0}
.prose{max-width:48rem}
.prose img{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{font-weight:700;text-align:start;padding:.25rem 0}
.versions li{margin:.25rem 0}
.nowrap{white-space:nowrap}
th,td{border:1px solid #cbd2d9;padding:.4rem .6rem;text-align:start;vertical-align:top}
@media (max-width:40rem){h1{font-size:1.35rem}table{font-size:.85rem}th,td{padding:.3rem .35rem}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
`;
