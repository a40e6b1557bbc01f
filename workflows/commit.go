package workflows

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// committer groups the transactions of concurrent calls: when no commit is in flight a
// call commits at once; calls that arrive while one is in flight queue up and commit
// together in the next transaction, with one fsync for all of them. A transaction also
// takes in the calls that queue while it runs, up to its commit, so that the calls a
// commit releases join the next transaction instead of waiting for another. bbolt's own
// Batch waits a fixed delay first, which slows a lone writer down; this never waits.
//
// A job that fails is taken out of its batch, the rest commit, and the failed job runs
// again alone so that its result does not depend on the others.
type committer struct {
	store *Store
	mu    sync.Mutex
	queue []*job
	busy  bool // a leader is committing
	// commits and calls count committed transactions and the calls they held, for the
	// mean batch size; held is the time the store's writer lock was held, in
	// nanoseconds (the work inside the transactions and their commits, from asking for
	// the lock to its release, the transactions of failed calls included), and work the
	// part of it spent applying the calls, before the commit.
	commits, calls, held, work atomic.Int64
}

type job struct {
	fn  func(tx *Tx) error
	err error
	// wake gets false when the job's transaction committed or failed (err says which),
	// or true when the job must lead the next batch: one channel, made once per call.
	wake chan bool
}

// do runs fn in a transaction shared with other concurrent calls and returns once that
// transaction committed (or fn's own error).
func (c *committer) do(fn func(tx *Tx) error) error {
	j := &job{fn: fn, wake: make(chan bool, 1)}
	c.mu.Lock()
	c.queue = append(c.queue, j)
	if c.busy {
		c.mu.Unlock()
		if lead := <-j.wake; !lead {
			return j.err
		}
	} else {
		c.busy = true
		c.mu.Unlock()
	}
	c.commit(c.take(nil))
	// Hand over to the oldest waiter, so that no caller does the work of others for
	// longer than one batch.
	c.mu.Lock()
	if len(c.queue) > 0 {
		c.queue[0].wake <- true
	} else {
		c.busy = false
	}
	c.mu.Unlock()
	return j.err
}

// maxBatch bounds how many calls one transaction takes in, and so how long the first of
// them waits for its commit.
const maxBatch = 512

// take moves the queued jobs onto batch, up to maxBatch.
func (c *committer) take(batch []*job) []*job {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := min(len(c.queue), maxBatch-len(batch))
	batch = append(batch, c.queue[:n]...)
	c.queue = c.queue[n:]
	if len(c.queue) == 0 {
		c.queue = nil
	}
	return batch
}

type failedJob struct{ i int }

func (f failedJob) Error() string { return "job failed" }

func (c *committer) commit(batch []*job) {
	if len(batch) == 0 {
		return
	}
	failed := -1
	var jobErr error
	// Only the leader writes, so the store's writer lock is free on entry: the time in
	// Update is the time the lock is held (the batch's work, its commit and sync).
	start := time.Now()
	err := c.store.Update(func(tx *Tx) error {
		for i := 0; i < len(batch); i++ {
			if err := batch[i].fn(tx); err != nil {
				failed, jobErr = i, err
				return failedJob{i}
			}
			if i == len(batch)-1 && len(batch) < maxBatch {
				batch = c.take(batch)
			}
		}
		c.work.Add(int64(time.Since(start)))
		return nil
	})
	c.held.Add(int64(time.Since(start)))
	var fj failedJob
	if err == nil {
		c.commits.Add(1)
		c.calls.Add(int64(len(batch)))
	}
	if !errors.As(err, &fj) {
		for _, j := range batch { // committed together, or the store failed for all
			j.err = err
			j.wake <- false
		}
		return
	}
	// Commit the others without the failed one, then give it a transaction of its own,
	// so that its result does not depend on theirs.
	f := batch[failed]
	rest := append(append([]*job(nil), batch[:failed]...), batch[failed+1:]...)
	if len(rest) == 0 {
		f.err = jobErr
		f.wake <- false
		return
	}
	c.commit(rest)
	start = time.Now()
	f.err = c.store.Update(f.fn)
	c.held.Add(int64(time.Since(start)))
	if f.err == nil {
		c.commits.Add(1)
		c.calls.Add(1)
	}
	f.wake <- false
}
