package workflows

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestOneTxPerCallCommitsEachCallAlone guards Options.OneTxPerCall, the comparison point
// of the approval benchmarks: with it, calls that arrive together while the store is busy
// each commit in a write transaction of their own (the database's transaction ID moves by
// one per call), where group commit would share one among the calls that queued; and
// every call's effect is there. The store is held busy by a write transaction until
// every call has started, so that group commit, were the option ignored, would batch.
func TestOneTxPerCallCommitsEachCallAlone(t *testing.T) {
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), OneTxPerCall: true, AsyncDelivery: true})
	txID := func() (id int) {
		s.db.View(func(tx *bolt.Tx) error { id = tx.ID(); return nil })
		return id
	}
	before := txID()
	const calls = 16
	var started, done sync.WaitGroup
	started.Add(calls)
	holding, release := make(chan struct{}), make(chan struct{})
	done.Go(func() {
		err := s.Update(func(*Tx) error { // the store is busy until every call has started
			close(holding)
			<-release
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	})
	<-holding
	errs := make([]error, calls)
	for i := range calls {
		done.Go(func() {
			started.Done()
			errs[i] = e.Execute(context.Background(), message(fmt.Sprint("ev-", i), "SPDX-License-Identifier: MIT"))
		})
	}
	started.Wait()
	close(release)
	done.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("call %d: %v", i, err)
		}
	}
	if got := txID() - before; got != calls+1 {
		t.Errorf("%d calls and the busy writer committed %d transactions, want %d: one each", calls, got, calls+1)
	}
	st, err := s.OutboxStats()
	if err != nil || st.Pending != calls {
		t.Errorf("outbox after %d calls: %+v, %v; want a reply each", calls, st, err)
	}
}
