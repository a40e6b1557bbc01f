package workflows

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
)

// TestCommitterBatchesAndIsolatesFailures guards group commit: calls that queue while a
// transaction runs share a transaction, and one failing call neither loses the others'
// writes nor sees its own written. (A failure makes the others run again, so every
// function here can run twice.)
func TestCommitterBatchesAndIsolatesFailures(t *testing.T) {
	s := openTestStore(t)
	c := &committer{store: s}
	release := make(chan struct{})
	started := make(chan struct{})
	var wg sync.WaitGroup
	var once sync.Once
	wg.Go(func() {
		err := c.do(func(tx *Tx) error {
			once.Do(func() { close(started) })
			<-release // hold the first commit while the others queue up
			return tx.Put(bucketDedup, []byte("first"), []byte("x"))
		})
		if err != nil {
			t.Error(err)
		}
	})
	<-started
	boom := errors.New("boom")
	errs := make([]error, 10)
	for i := range 10 {
		wg.Go(func() {
			errs[i] = c.do(func(tx *Tx) error {
				if err := tx.Put(bucketDedup, []byte(fmt.Sprint("k", i)), []byte("x")); err != nil {
					return err
				}
				if i == 5 {
					return boom
				}
				return nil
			})
		})
	}
	deadline := time.Now().Add(10 * time.Second)
	for { // wait until all ten are queued behind the first: they will share one batch
		if time.Now().After(deadline) {
			close(release)
			t.Fatal("the calls did not queue")
		}
		runtime.Gosched()
		c.mu.Lock()
		n := len(c.queue)
		c.mu.Unlock()
		if n == 10 {
			break
		}
	}
	close(release)
	wg.Wait()
	for i, err := range errs {
		if (i == 5) != errors.Is(err, boom) {
			t.Errorf("call %d: %v", i, err)
		}
	}
	err := s.View(func(tx *Tx) error {
		for i := range 10 {
			v, _ := tx.Get(bucketDedup, []byte(fmt.Sprint("k", i)))
			if (v == nil) != (i == 5) {
				t.Errorf("k%d stored = %v", i, v != nil)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
