package license

import "testing"

// TestVersionReadFromNotices: asked whether code is under a GNU licence "only" or "or
// later", what the message says of its notices gives the form, with why; nothing that
// tells gives none, and the asker's own code is theirs to choose.
func TestVersionReadFromNotices(t *testing.T) {
	for text, want := range map[string]string{
		// The words of an "or later" notice.
		"the foo headers say 'or (at your option) any later version' but the readme says gplv2. v2 only or v2 or later?": "GPL-2.0-or-later",
		// A notice with no version: any version ever published.
		"libqux's notices just say gnu gpl, no version anywhere. gpl-2.0-only or gpl-2.0-or-later?": "GPL-1.0-or-later",
		"the barlib files say lgpl without a version. lgpl-2.1-only or lgpl-2.1-or-later?":          "LGPL-2.0-or-later",
		// Only the licence's text, no notice.
		"bazd ships the gpl3 text as its LICENSE file and there are no headers. gpl3 only or or-later?": "GPL-3.0-or-later",
		"the quxtool repo only has the agpl v3 text. is that v3 only or v3 or later?":                   "AGPL-3.0-or-later",
		"widgetlib's COPYING file is lgpl 2.1 but nothing says 'or later'. only or or-later?":           "LGPL-2.1-or-later",
		// A README or package field naming the version alone.
		"zapp's readme says gpl v2. is it v2 only or or-later?":             "GPL-2.0-only",
		"the package.json of blorb just says GPL-3.0. only or or-later?":    "GPL-3.0-only",
		"frobnicator is tagged as gplv3 on its page. gplv3 only or gplv3+?": "GPL-3.0-only",
		// Nothing that tells, or the two forms themselves.
		"is quuxlib gpl-2.0-only or gpl-2.0-or-later?":                                  "",
		"why would a project pick gplv3-only over gplv3-or-later?":                      "",
		"someone said 'gpl 3' is ambiguous. is that v3 only or v3 or later?":            "",
		"the readme says gplv2 and the headers are all over the place. v2 only or v2+?": "GPL-2.0-only",
		// The GPL's own appendix, in its text, is no notice of the code.
		"the gizmo LICENSE file ends with the 'or (at your option) any later version' wording, and its Cargo.toml says GPL v2. only or or-later?": "GPL-2.0-only",
		// The asker's own code: theirs to say.
		"our LICENSE file is the gplv2 text and no header says 'or later'. is our project gplv2 only or or-later?": "",
		"should we declare gpl-3.0-only or gpl-3.0-or-later? the readme says gplv3":                                "",
	} {
		q, _ := ParseQuestion(text)
		if q.VersionRead != want {
			t.Errorf("%q: read %q (topic %q, licences %q), want %q", text, q.VersionRead, q.Topic, q.Licenses, want)
			continue
		}
		if want != "" && (q.Expression != want || q.VersionWhy == "") {
			t.Errorf("%q: expression %q, why %q; want the form read, with why", text, q.Expression, q.VersionWhy)
		}
	}
}
