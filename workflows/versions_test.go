package workflows

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestNewerRequestRefused guards the request record's version: a request written by a
// newer ospobot (version 2) is refused with an error that says so, rather than read
// without what this one does not know and written back poorer; the record stays as it
// was. Versions 0 (written before versions) and 1 read as before.
func TestNewerRequestRefused(t *testing.T) {
	s, e := transitionHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	var before []byte
	setVersion := func(v int) {
		t.Helper()
		err := s.Update(func(tx *Tx) error {
			var r Request // as stored: getRequest refuses a newer one
			old, err := tx.Get(bucketRequests, requestKey(1))
			if err != nil {
				return err
			}
			if err := encCBOR.unmarshal(old, &r); err != nil {
				return err
			}
			r.V = v
			data, err := encCBOR.marshal(&r)
			if err != nil {
				return err
			}
			before = data
			return tx.Put(bucketRequests, requestKey(1), data)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	setVersion(2)
	err := runCommand(s, e, "shell:l1", "approve OSPO-1")
	if !errors.Is(err, ErrNewerRecord) || !strings.Contains(err.Error(), "request 1 is written by a newer ospobot (record version 2; this one reads up to 1)") {
		t.Errorf("approving a newer request: %v", err)
	}
	if _, words := userMessage(err); words {
		t.Error("the refusal is shown to the user; it is for the log")
	}
	_ = s.View(func(tx *Tx) error {
		if data, _ := tx.Get(bucketRequests, requestKey(1)); !bytes.Equal(data, before) {
			t.Error("the newer request was rewritten")
		}
		return nil
	})
	for _, v := range []int{0, 1} {
		setVersion(v)
		if r := loadRequest(t, s, 1); r.V != v || r.State != StatePending {
			t.Errorf("version %d: %+v", v, r)
		}
	}
	if err := runCommand(s, e, "shell:l1", "approve OSPO-1"); err != nil {
		t.Errorf("approving a version 0 request: %v", err)
	}
}

// TestNewerRecordsRefused guards every bucket's version: each record written through
// its bucket carries the bucket's version; each reads records of version 0 (written
// before versions) up to its own; and each refuses a record one version newer with
// ErrNewerRecord, naming the record, rather than misread it.
func TestNewerRecordsRefused(t *testing.T) {
	for _, b := range recordBuckets {
		name := string(b.bucketName())
		data, err := b.encodeZero()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v, err := b.versionIn(data); err != nil || v != b.recordVersion() {
			t.Errorf("%s: a record written through the bucket has version %d (%v), want %d", name, v, err, b.recordVersion())
		}
		for v := range b.recordVersion() + 1 {
			data, err := b.sample(v)
			if err != nil {
				t.Fatal(err)
			}
			if err := b.check(seqKey(3), data); err != nil {
				t.Errorf("%s: a record of version %d: %v", name, v, err)
			}
		}
		data, err = b.sample(b.recordVersion() + 1)
		if err != nil {
			t.Fatal(err)
		}
		err = b.check(seqKey(3), data)
		if !errors.Is(err, ErrNewerRecord) || !strings.Contains(err.Error(), " 3 is written by a newer ospobot") {
			t.Errorf("%s: a record of version %d: %v", name, b.recordVersion()+1, err)
		}
	}
}
