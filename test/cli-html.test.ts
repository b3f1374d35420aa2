import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../src/cli/html.js';

describe('htmlToText', () => {
  it('turns paragraphs into blank-line separated text', () => {
    expect(htmlToText('<p>Hi Sam,</p><p>Thanks for writing in.</p>')).toBe('Hi Sam,\n\nThanks for writing in.');
  });

  it('breaks lines at <br> and block elements, without piling up blank lines', () => {
    expect(htmlToText('One<br>Two<br/>Three')).toBe('One\nTwo\nThree');
    expect(htmlToText('<div><div><p>Deep</p></div></div><div>Next</div>')).toBe('Deep\n\nNext');
    expect(htmlToText('<p>A</p><p></p><p></p><br><br><br><p>B</p>')).toBe('A\n\nB');
    expect(htmlToText('<h2>Title</h2>Body<blockquote>Quoted</blockquote><table><tr><td>a</td></tr><tr><td>b</td></tr></table>')).toBe(
      'Title\n\nBody\n\nQuoted\n\na\nb',
    );
  });

  it('bullets list items', () => {
    expect(htmlToText('<p>Options:</p><ul>\n  <li>Refund</li>\n  <li> Replacement </li>\n</ul>')).toBe(
      'Options:\n\n- Refund\n- Replacement',
    );
  });

  it('strips inline tags and collapses source whitespace like a browser', () => {
    expect(htmlToText('<p>Click   <a href="https://x.test/?a=1&amp;b=2">here</a>\n  to <b>reset</b>.</p>')).toBe('Click here to reset.');
  });

  it('drops script and style contents and comments', () => {
    expect(htmlToText('<style>p { color: red }</style><p>Hi<script>alert("<p>x</p>")</script> there<!-- note --></p>')).toBe('Hi there');
  });

  it('does not take a quoted > in an attribute for the end of the tag', () => {
    expect(htmlToText('<span title="a > b">Text</span>')).toBe('Text');
  });

  it('decodes entities in text without turning them into tags', () => {
    expect(htmlToText('<p>&lt;p&gt; is a tag &amp; it&rsquo;s fine</p>')).toBe('<p> is a tag & it\u2019s fine');
  });
});

describe('decodeEntities', () => {
  it('decodes the common named entities', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&apos;')).toBe("&<>\"''");
    expect(decodeEntities('&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&mdash;&ndash;')).toBe('\u2018\u2019\u201c\u201d\u2026\u2014\u2013');
  });

  it('decodes &nbsp; to a plain space so phrases still match', () => {
    expect(decodeEntities('our&nbsp;policy&#160;here')).toBe('our policy here');
  });

  it('decodes decimal and hex references, including astral ones', () => {
    expect(decodeEntities('&#8217;&#x2019;&#X1F600;')).toBe('\u2019\u2019\u{1F600}');
  });

  it('leaves unknown or invalid references alone', () => {
    expect(decodeEntities('&bogus; & &amp')).toBe('&bogus; & &amp');
    expect(decodeEntities('&#0;&#xD800;')).toBe('\ufffd\ufffd');
  });
});
