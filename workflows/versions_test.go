package workflows

import (
	"bytes"
	"encoding/json"
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
			if err := decodeRecord(old, &r); err != nil {
				return err
			}
			r.V = v
			data, err := encodeRecord(&r)
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

// TestNewerRecordsRefused guards the other versioned records' decoders: the outbox
// entry (CBOR), the question and the scan (JSON) each read versions 0 and 1 and refuse
// a version 2 with ErrNewerRecord, naming the record.
func TestNewerRecordsRefused(t *testing.T) {
	cbor := func(v any) []byte {
		data, err := encodeRecord(v)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	js := func(v any) []byte {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	for _, tc := range []struct {
		what   string
		encode func(v int) []byte
		decode func([]byte) error
	}{
		{"the outbox entry", func(v int) []byte { return cbor(outboxEntry{V: v}) }, func(b []byte) error { return decodeOutboxEntry(b, &outboxEntry{}) }},
		{"the question record", func(v int) []byte { return js(questionRecord{V: v}) }, func(b []byte) error { return decodeQuestion(b, &questionRecord{}) }},
		{"the scan", func(v int) []byte { return js(scanRecord{V: v}) }, func(b []byte) error { return decodeScan(b, &scanRecord{}) }},
	} {
		for _, v := range []int{0, 1} {
			if err := tc.decode(tc.encode(v)); err != nil {
				t.Errorf("%s of version %d: %v", tc.what, v, err)
			}
		}
		err := tc.decode(tc.encode(2))
		if !errors.Is(err, ErrNewerRecord) || !strings.HasPrefix(err.Error(), tc.what+" is written by a newer ospobot") {
			t.Errorf("%s of version 2: %v", tc.what, err)
		}
	}
}
