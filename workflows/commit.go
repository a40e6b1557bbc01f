package workflows

import (
	"errors"
	"sync"
)

// committer groups the transactions of concurrent calls: when no commit is in flight a
// call commits at once, alone; calls that arrive while one is in flight queue up and
// commit together in the next transaction, with one fsync for all of them. bbolt's own
// Batch waits a fixed delay first, which slows a lone writer down; this does not wait.
//
// A job that fails is taken out of its batch, the rest commit, and the failed job runs
// again alone so that its result does not depend on the others.
type committer struct {
	store *Store
	mu    sync.Mutex
	queue []*job
	busy  bool // a leader is committing
}

type job struct {
	fn   func(tx *Tx) error
	err  error
	done chan struct{} // closed when the job's transaction committed or failed
	lead chan struct{} // closed when this job must lead the next batch
}

// do runs fn in a transaction shared with other concurrent calls and returns once that
// transaction committed (or fn's own error).
func (c *committer) do(fn func(tx *Tx) error) error {
	j := &job{fn: fn, done: make(chan struct{}), lead: make(chan struct{})}
	c.mu.Lock()
	c.queue = append(c.queue, j)
	if c.busy {
		c.mu.Unlock()
		select {
		case <-j.done:
			return j.err
		case <-j.lead:
		}
	} else {
		c.busy = true
		c.mu.Unlock()
	}
	c.mu.Lock()
	batch := c.queue
	c.queue = nil
	c.mu.Unlock()
	c.commit(batch)
	// Hand over to the oldest waiter, so that no caller does the work of others for
	// longer than one batch.
	c.mu.Lock()
	if len(c.queue) > 0 {
		close(c.queue[0].lead)
	} else {
		c.busy = false
	}
	c.mu.Unlock()
	return j.err
}

type failedJob struct{ i int }

func (f failedJob) Error() string { return "job failed" }

func (c *committer) commit(batch []*job) {
	if len(batch) == 0 {
		return
	}
	failed := -1
	var jobErr error
	err := c.store.Update(func(tx *Tx) error {
		for i, j := range batch {
			if err := j.fn(tx); err != nil {
				failed, jobErr = i, err
				return failedJob{i}
			}
		}
		return nil
	})
	var fj failedJob
	if !errors.As(err, &fj) {
		for _, j := range batch { // committed together, or the store failed for all
			j.err = err
			close(j.done)
		}
		return
	}
	// Commit the others without the failed one, then give it a transaction of its own,
	// so that its result does not depend on theirs.
	f := batch[failed]
	rest := append(append([]*job(nil), batch[:failed]...), batch[failed+1:]...)
	if len(rest) == 0 {
		f.err = jobErr
		close(f.done)
		return
	}
	c.commit(rest)
	f.err = c.store.Update(f.fn)
	close(f.done)
}
