package workflows

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// Buttons of scan reports. Values are seq "\t" use ["\t" offset].
const (
	actionScanUse  bot.ActionID = "scan.use"
	actionScanPage bot.ActionID = "scan.page"
)

// pageSize is how many components a chat report shows at once; the rest are a click away.
const pageSize = 15

// scanRecord is an upload's scan, kept so that its report can be paged and checked for
// another use without the file.
type scanRecord struct {
	V    int           `json:"v"`
	User bot.UserID    `json:"user"`
	Time string        `json:"time"`
	Scan *license.Scan `json:"scan"`
}

func (w *work) startScan(s *license.Scan, use string) error {
	seq, err := scans.nextSequence(w.tx)
	if err != nil {
		return err
	}
	if err := scans.put(w.tx, seqKey(seq), &scanRecord{User: w.call.Event.User.ID, Time: w.now.UTC().Format("2006-01-02T15:04:05Z"), Scan: s}); err != nil {
		return err
	}
	if use == "" {
		buttons := useButtons(actionScanUse, func(u string) string { return fmt.Sprintf("%d\t%s", seq, u) })
		return w.reply(bot.Reply{
			Text: fmt.Sprintf("`%s` (%s) lists %d %s. How will they be used?", bot.Printable(s.Target, 120), s.Kind, len(s.Components),
				plural(len(s.Components), "component", "components")),
			Blocks: []bot.Block{buttons},
		})
	}
	return w.scanReport(seq, s, use, 0)
}

func (w *work) loadScan(seq uint64) (*license.Scan, error) {
	r, err := scans.get(w.tx, seqKey(seq))
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, Errorf("That scan is no longer stored; upload the file again.")
	}
	return r.Scan, nil
}

// scanButton parses a scan button's value.
func scanButton(v string) (seq uint64, use string, offset int, err error) {
	parts := strings.Split(v, "\t")
	if len(parts) < 2 {
		return 0, "", 0, Errorf("That button is out of date; upload the file again.")
	}
	seq, err1 := strconv.ParseUint(parts[0], 10, 64)
	if len(parts) > 2 {
		offset, err = strconv.Atoi(parts[2])
	}
	if err1 != nil || err != nil || offset < 0 {
		return 0, "", 0, Errorf("That button is out of date; upload the file again.")
	}
	return seq, parts[1], offset, nil
}

// runScanButton answers both scan buttons: a use (the first page) or the next page.
func runScanButton(w *work) error {
	seq, use, offset, err := scanButton(w.call.Event.Action.Value)
	if err != nil {
		return err
	}
	s, err := w.loadScan(seq)
	if err != nil {
		return err
	}
	return w.scanReport(seq, s, use, offset)
}

// scanReport answers with the summary first, then the components from offset, problems
// first, and a button for the next page.
func (w *work) scanReport(seq uint64, s *license.Scan, use string, offset int) error {
	r, err := w.e.policy.Check(s, use, "")
	if err != nil {
		return Errorf("%s", err)
	}
	if offset == 0 {
		if err := w.recordQuestion("scan", s.Kind+": "+s.Target, use, r.Worst.String()); err != nil {
			return err
		}
	}
	end := min(offset+pageSize, len(r.Items))
	var lines []string
	for _, it := range r.Items[min(offset, end):end] {
		lines = append(lines, it.Line())
	}
	blocks := []bot.Block{}
	if len(lines) > 0 {
		blocks = append(blocks, bot.Section(strings.Join(lines, "\n")))
	}
	if offset == 0 && len(r.Skip) > 0 {
		shown := r.Skip[:min(5, len(r.Skip))]
		note := "Skipped: " + strings.Join(shown, "; ")
		if len(r.Skip) > len(shown) {
			note += fmt.Sprintf("; and %d more", len(r.Skip)-len(shown))
		}
		blocks = append(blocks, bot.Context(note))
	}
	if note := ProxyNote(s); offset == 0 && note != "" {
		blocks = append(blocks, bot.Context(note))
	}
	if offset == 0 {
		// As a single answer does: an exception can be asked for each licence that needs
		// approval or is not allowed (the first few, problems first; the others from their
		// own answer).
		var buttons []bot.Button
		seen := map[string]bool{}
		for _, it := range r.Items {
			if it.Verdict < license.NeedsApproval || it.License == "" || seen[it.License] || len(buttons) == 3 {
				continue
			}
			seen[it.License] = true
			buttons = append(buttons, bot.Button{Label: "Request an exception: " + bot.Printable(it.License, 40), Action: actionException, Value: it.License + "\t" + use})
		}
		if _, ok := w.e.approvals.kind("exception"); ok && len(buttons) > 0 {
			blocks = append(blocks, bot.Buttons(buttons...))
		}
	}
	if end < len(r.Items) {
		blocks = append(blocks,
			bot.Context(fmt.Sprintf("Showing %d–%d of %d.", offset+1, end, len(r.Items))),
			bot.Buttons(bot.Button{Label: fmt.Sprintf("Show the next %d", min(pageSize, len(r.Items)-end)), Action: actionScanPage,
				Value: fmt.Sprintf("%d\t%s\t%d", seq, use, end)}))
	}
	text := r.Summary() + "."
	if offset > 0 {
		text = fmt.Sprintf("%s, continued (%d–%d of %d):", s.Target, offset+1, end, len(r.Items))
	}
	return w.reply(bot.Reply{Text: text, Blocks: blocks})
}

// ProxyNote says how many licences of s were read at the Go module proxy, or "".
func ProxyNote(s *license.Scan) string {
	n := 0
	for _, c := range s.Components {
		if c.Source == sourceProxy {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("The licences of %d %s come from %s own licence files at the Go module proxy.", n, plural(n, "module", "modules"), plural(n, "its", "their"))
}

// runMore answers `more scan N USE FROM`: the next page of a scan report.
func runMore(w *work) error {
	f := strings.Fields(w.call.Rest)
	if len(f) != 4 || !strings.EqualFold(f[0], "scan") {
		return Errorf("`more` continues a scan report: `more scan N USE FROM`, as its button says.")
	}
	seq, err1 := strconv.ParseUint(f[1], 10, 64)
	from, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || from < 0 || !slices.Contains(config.Uses, f[2]) {
		return Errorf("`more` continues a scan report: `more scan N USE FROM`, as its button says.")
	}
	s, err := w.loadScan(seq)
	if err != nil {
		return err
	}
	return w.scanReport(seq, s, f[2], from)
}
