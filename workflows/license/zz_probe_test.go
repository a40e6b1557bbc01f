package license

import "testing"

func TestZZProbe(t *testing.T) {
	for _, q := range []string{
		"can i bundle the android fonts (apache 2) in a gplv2+ wordpress theme for the directory?",
		"gplv2+ emulator, a few toolbar icons are CC BY-NC. can they stay in the tree?",
		"can i pull cecill-c code into a gpl project, is it compatable? plain cecill is fine afaik",
		"Our PureBasic wiki content would be CC BY-SA 4.0 while the main repo is GPLv3. Could wiki text later be pulled into the repo?",
		"can i paste paragraphs from our gfdl manual into gplv3 source comments?",
		"LK8000 is GPLv2 (the \"or later\" from XCSoar was removed) and the Android build ships okio and zxing, both Apache 2.0. Is that a problem?",
		"our script builds on a SO snippet (cc by-sa 4.0). can we license the tool gplv3 instead of cc by-sa?",
		"planning a qgis plugin under MIT that calls into qgis, ok or does it have to be gpl?",
	} {
		p, _ := ParseQuestion(q)
		t.Logf("%q\n kind=%v expr=%q lic=%q work=%q use=%q reading=%v topic=%q prop=%v", q, p.Kind, p.Expression, p.Licenses, p.Work, p.Use, p.Reading, p.Topic, p.Proprietary)
	}
}
