package workflows

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// benchEngine has one any-one stage whose group has 64 members, and a discarding adapter.
// benchEngineDelivery can leave delivery off, to measure decisions alone.
func benchEngineDelivery(b *testing.B, oneTx, deliver bool) *Engine {
	b.Helper()
	s := openTestStore(b)
	var members []string
	for i := range 64 {
		members = append(members, fmt.Sprintf("shell:a%d", i))
	}
	a := config.DefaultApprovals()
	a.PreApprove = nil
	a.Rules = []config.Rule{{Name: "one", Stages: []config.StageRule{{Name: "Review", Group: "legal", Mode: "any"}}}}
	e := NewEngine(s, Options{Log: quietLog(), Approvals: a, OneTxPerCall: oneTx, AsyncDelivery: true,
		Groups: map[string]config.Group{"legal": {Members: members, Notify: []string{"shell:terminal"}}}})
	if !deliver {
		return e
	}
	e.AddAdapter(&discard{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		e.Dispatcher().Run(ctx, time.Second)
	}()
	b.Cleanup(func() { cancel(); <-done })
	return e
}

// discard is an adapter that delivers every message nowhere and keeps none, as a
// platform's client would not: a recorder that kept them all would make the heap, and so
// the garbage collector's work per decision, grow with the benchmark's length.
type discard struct{ sent atomic.Uint64 }

func (*discard) Platform() bot.Platform { return bot.Shell }
func (*discard) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Edits: true, Ephemeral: true}
}
func (*discard) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (d *discard) Send(context.Context, bot.Destination, bot.Reply) (bot.MessageRef, error) {
	return bot.MessageRef("m" + strconv.FormatUint(d.sent.Add(1), 10)), nil
}
func (*discard) Edit(context.Context, bot.Destination, bot.MessageRef, bot.Reply) error { return nil }

// submitMany files n requests, 16 at a time.
func submitMany(b *testing.B, e *Engine, n int) {
	b.Helper()
	var wg sync.WaitGroup
	ids := make(chan int, n)
	for i := range n {
		ids <- i
	}
	close(ids)
	for range 16 {
		wg.Go(func() {
			for i := range ids {
				err := e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: bot.EventID(fmt.Sprint("r", i)), Platform: bot.Shell, Kind: bot.MessageEvent,
					User: bot.User{ID: "shell:req"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "request", Rest: contribution})
				if err != nil {
					b.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkDecisions: durable decisions per second with 1, 8 and 64 approvers clicking
// at once, with group commit and with one transaction per decision; p99 is the time
// from a click to its committed decision. Delivery runs beside it, as in a server, or
// is left off (-nodelivery) to measure the decisions alone; bolt-batch is bbolt's own
// db.Batch in place of group commit. pages/decision is what bbolt wrote and
// write-us/decision the time bbolt spent writing and syncing them; calls/commit is the
// mean batch of group commit (delivery's calls included); lock-us/decision is how long
// each decision held the store's writer lock (its work plus its share of the commit),
// and work-us/decision the part of it spent applying the calls before the commit (the
// rest is the commit's share: writing and syncing pages, which a faster disk shrinks),
// and cpu-us/decision the process's CPU time (user and system) over the decisions, of
// which gc-us/decision is the garbage collector's (the requests' filing is collected
// before the timing starts, so that its garbage is not counted).
// These last two are the code's own costs; decisions/s against one-tx mostly measures
// how long the disk takes to sync. sync-us/commit is that disk's own time per commit
// (bbolt writing a commit's pages and syncing them and its meta page), so that the
// commit's share in lock-us/decision can be told from the code's.
func BenchmarkDecisions(b *testing.B) {
	for _, mode := range []string{"group", "one-tx", "group-nodelivery", "one-tx-nodelivery", "bolt-batch-nodelivery"} {
		for _, n := range []int{1, 8, 64} {
			b.Run(fmt.Sprintf("%s/approvers=%d", mode, n), func(b *testing.B) {
				e := benchEngineDelivery(b, strings.HasPrefix(mode, "one-tx"), !strings.HasSuffix(mode, "nodelivery"))
				if strings.HasPrefix(mode, "bolt-batch") { // bbolt's own Batch, for comparison
					e.update = func(fn func(tx *Tx) error) error {
						return e.store.db.Batch(func(btx *bolt.Tx) error { return e.store.runTx(btx, fn) })
					}
				}
				submitMany(b, e, b.N)
				work := make(chan int, b.N)
				for i := 1; i <= b.N; i++ {
					work <- i
				}
				close(work)
				lat := make([][]time.Duration, n)
				var wg sync.WaitGroup
				runtime.GC() // the requests' filing leaves garbage that is not the decisions'
				b.ResetTimer()
				c0, n0, h0, w0, st0 := e.group.commits.Load(), e.group.calls.Load(), e.group.held.Load(), e.group.work.Load(), e.store.db.Stats()
				cpu0 := processCPU()
				gc0 := gcCPU()
				start := time.Now()
				for a := range n {
					wg.Go(func() {
						for id := range work {
							t0 := time.Now()
							err := click(e, fmt.Sprint("d", id), fmt.Sprintf("shell:a%d", a), actionApprove, fmt.Sprintf("%d/0", id))
							lat[a] = append(lat[a], time.Since(t0))
							if err != nil {
								b.Error(err)
							}
						}
					})
				}
				wg.Wait()
				elapsed := time.Since(start)
				b.ReportMetric((gcCPU()-gc0)*1e6/float64(b.N), "gc-us/decision")
				if cpu := processCPU() - cpu0; cpu > 0 {
					b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-us/decision")
				}
				b.StopTimer()
				all := slices.Concat(lat...)
				slices.Sort(all)
				b.ReportMetric(float64(b.N)/elapsed.Seconds(), "decisions/s")
				st1 := e.store.db.Stats()
				d := st1.Sub(&st0)
				b.ReportMetric(float64(d.TxStats.GetWrite())/float64(b.N), "pages/decision")
				b.ReportMetric(float64(d.TxStats.GetWriteTime().Microseconds())/float64(b.N), "write-us/decision")
				if strings.HasPrefix(mode, "group") {
					// The code's own cost: how long each decision holds the writer lock,
					// whatever the disk's sync costs per commit.
					b.ReportMetric(float64(e.group.held.Load()-h0)/1e3/float64(b.N), "lock-us/decision")
					b.ReportMetric(float64(e.group.work.Load()-w0)/1e3/float64(b.N), "work-us/decision")
				}
				if c := e.group.commits.Load() - c0; c > 0 && strings.HasPrefix(mode, "group") {
					b.ReportMetric(float64(e.group.calls.Load()-n0)/float64(c), "calls/commit")
					b.ReportMetric(float64(d.TxStats.GetWriteTime().Microseconds())/float64(c), "sync-us/commit")
				}
				b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99-ms")
			})
		}
	}
}

// BenchmarkDecisionWork: what one decision costs the store's writer lock in CPU, with
// 64 approvers clicking at once through group commit as in BenchmarkDecisions, measured
// as CPU time of the threads doing it, so that neither the disk's sync nor other
// processes on the machine count. Every approver's goroutine is locked to its thread,
// so a transaction's leader runs every job of its batch on one thread:
// work-cpu-us/decision is the CPU spent applying a decision inside the transaction,
// before the commit. (The commit's share is not told apart from the threads' hand-offs
// here; lock-us/decision in BenchmarkDecisions holds it.) allocs/op and B/op are the
// whole decision's.
func BenchmarkDecisionWork(b *testing.B) {
	e := benchEngineDelivery(b, false, false)
	submitMany(b, e, b.N)
	var work atomic.Int64
	update := e.update
	e.update = func(fn func(tx *Tx) error) error {
		return update(func(tx *Tx) error {
			t0 := threadCPU()
			err := fn(tx)
			work.Add(int64(threadCPU() - t0))
			return err
		})
	}
	next := make(chan int, b.N)
	for i := 1; i <= b.N; i++ {
		next <- i
	}
	close(next)
	b.ReportAllocs()
	b.ResetTimer()
	var wg sync.WaitGroup
	for a := range 64 {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for id := range next {
				if err := click(e, fmt.Sprint("d", id), fmt.Sprintf("shell:a%d", a), actionApprove, fmt.Sprintf("%d/0", id)); err != nil {
					b.Error(err)
				}
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	b.ReportMetric(float64(work.Load())/1e3/float64(b.N), "work-cpu-us/decision")
}

// seedRequests stores n requests directly (in large transactions, as a migration
// would), 2% of them waiting at one of ten groups, the rest decided.
func seedRequests(b *testing.B, e *Engine, n int) { seedRequestsOpen(b, e, n, 50, 10) }

// seedRequestsOpen stores n requests; every pendingEvery-th waits at one of groups
// groups (g0, g1, …).
func seedRequestsOpen(b *testing.B, e *Engine, n, pendingEvery, groups int) {
	b.Helper()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for start := 0; start < n; start += 10000 {
		err := e.store.Update(func(tx *Tx) error {
			for i := start; i < min(n, start+10000); i++ {
				seq, err := tx.NextSequence(bucketRequests)
				if err != nil {
					return err
				}
				r := &Request{V: 1, ID: RequestID(seq), Kind: "contribution", Requester: bot.UserID(fmt.Sprintf("shell:u%d", i%500)),
					Fields: map[string]string{"project": "https://github.com/a/b", "license": "MIT", "what": "x", "size": "large"},
					State:  StateApproved, Created: now, Updated: now, Origin: bot.Destination{Platform: bot.Shell, Conversation: "terminal"},
					Stages:   []Stage{{Name: "Review", Group: fmt.Sprintf("g%d", i%groups), Mode: "any", State: "approved", Started: now.Add(time.Duration(i) * time.Second)}},
					Timeline: []Entry{{Time: now, Actor: "shell:u", Action: "submitted"}}}
				if i%pendingEvery == 0 {
					r.State, r.Stages[0].State = StatePending, stageOpen
				}
				if err := putRequest(tx, nil, r); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

func queryEngine(b *testing.B) *Engine {
	s := openTestStore(b)
	groups := map[string]config.Group{}
	for g := range 10 {
		groups[fmt.Sprintf("g%d", g)] = config.Group{Members: []string{fmt.Sprintf("shell:a%d", g)}, Notify: []string{"shell:terminal"}}
	}
	e := NewEngine(s, Options{Log: quietLog(), Groups: groups})
	e.AddAdapter(&recorder{})
	seedRequests(b, e, 100000)
	return e
}

// BenchmarkStatus: "status OSPO-N" with 100,000 stored requests.
func BenchmarkStatus(b *testing.B) {
	e := queryEngine(b)
	i := 0
	for b.Loop() {
		i++
		say(b, e, "shell:a1", "status", fmt.Sprintf("OSPO-%d", 1+i*7919%100000))
	}
}

// BenchmarkPending: "pending" for an approver with 200 waiting among 100,000 stored.
func BenchmarkPending(b *testing.B) {
	e := queryEngine(b)
	for b.Loop() {
		say(b, e, "shell:a3", "pending", "")
	}
}

// BenchmarkApproverDigests: build every approver digest for 100,000 open requests
// across 1,000 approvers (100 groups of 10, 1,000 requests each). live-MB is the heap
// in use with the digests built and held; B/op is what building allocates in all.
func BenchmarkApproverDigests(b *testing.B) {
	s := openTestStore(b)
	groups := map[string]config.Group{}
	for g := range 100 {
		var members []string
		for m := range 10 {
			members = append(members, fmt.Sprintf("shell:a%d-%d", g, m))
		}
		groups[fmt.Sprintf("g%d", g)] = config.Group{Members: members, Notify: []string{"shell:terminal"}}
	}
	e := NewEngine(s, Options{Log: quietLog(), Groups: groups,
		Schedules: []config.Schedule{{Name: "digest", Kind: "approver_digest", Cron: "0 9 * * *", TimeZone: "UTC", To: "dm"}}})
	seedRequestsOpen(b, e, 100000, 1, 100)
	b.ReportAllocs()
	var live float64
	for b.Loop() {
		runtime.GC()
		out, err := e.Preview("digest")
		if err != nil || len(out) != 1000 {
			b.Fatal(err, len(out))
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		live = float64(ms.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(out)
	}
	b.ReportMetric(live, "live-MB")
}

// BenchmarkDiskSync measures the floor under every durable commit on this machine:
// writing n 4 KiB pages at scattered offsets of a 64 MiB file (as bbolt writes a
// transaction's dirty pages) and one fsync. A bbolt commit pays about this for its pages
// and once more for its meta page.
func BenchmarkDiskSync(b *testing.B) {
	for _, n := range []int{1, 24, 70} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			f, err := os.Create(filepath.Join(b.TempDir(), "sync"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			const pages = 16384
			if err := f.Truncate(pages * 4096); err != nil {
				b.Fatal(err)
			}
			page := make([]byte, 4096)
			rng := rand.New(rand.NewPCG(1, 2))
			b.ResetTimer()
			for b.Loop() {
				for range n {
					if _, err := f.WriteAt(page, int64(rng.IntN(pages))*4096); err != nil {
						b.Fatal(err)
					}
				}
				if err := f.Sync(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// gcCPU is the CPU time the garbage collector has spent so far, in seconds, as the
// runtime counts it.
func gcCPU() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64()
}
