package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot"
)

// BenchmarkRenderReply measures turning an approval message into Block Kit JSON, which
// every delivery to Slack does.
func BenchmarkRenderReply(b *testing.B) {
	r := bot.Reply{Text: "OSPO-42 (Upstream contribution) waits for Legal review", Blocks: []bot.Block{
		bot.Fields(bot.Field{Label: "Project", Value: "https://github.com/acme/lib"}, bot.Field{Label: "Licence", Value: "GPL-2.0-only"},
			bot.Field{Label: "What", Value: "fix a race <in> the cache & more"}, bot.Field{Label: "Requester", Value: "slack:U024BE7LH"}),
		bot.Buttons(bot.Button{Label: "Approve", Action: "approval.approve", Value: "42/0", Style: bot.Primary},
			bot.Button{Label: "Reject", Action: "approval.reject", Value: "42/0", Style: bot.Danger},
			bot.Button{Label: "Request changes", Action: "approval.changes", Value: "42/0"}),
		bot.Context("Rule: contribution to a copyleft or unclassified project"),
	}}.KeyButtons()
	b.ReportAllocs()
	for b.Loop() {
		rr := renderReply(r)
		if _, err := json.Marshal(rr.blocks); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTTPEventAck measures HTTP mode's acknowledgement of a signed event: read,
// verify the signature, decode, queue, answer 200. Slack allows three seconds.
func BenchmarkHTTPEventAck(b *testing.B) {
	f := slackfake.New(b)
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: signingSecret, APIURL: f.APIURL(), Log: discard()})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, bot.HandlerFunc(func(context.Context, bot.Event) error { return nil })) }()
	defer func() { cancel(); <-done }()
	for !a.Status().Connected {
		a.mu.Lock()
		ch := a.statusChanged
		a.mu.Unlock()
		select {
		case <-ch:
		case <-time.After(wait):
			b.Fatal("not running")
		}
	}
	mux := http.NewServeMux()
	a.Mount(mux)
	refused := 0
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		i++
		body, _ := json.Marshal(directMessage(fmt.Sprint("Ev", i), "UANA", "DANA", fmt.Sprintf("1700000000.%06d", i), "is MIT ok for SaaS?"))
		req := httptest.NewRequest(http.MethodPost, PathEvents, bytes.NewReader(body))
		req.Header = sign(body, time.Now(), signingSecret)
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			refused++
		}
	}
	b.ReportMetric(float64(refused), "refused")
}
