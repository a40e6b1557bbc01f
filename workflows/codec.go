package workflows

import (
	"fmt"

	"github.com/fxamacker/cbor/v2"
)

// The records every decision rewrites (requests, outbox entries and their deliveries)
// are stored as CBOR (RFC 8949), keyed by the same field names as their JSON tags: it
// decodes about three times faster than JSON and takes less room, and decoding is the
// largest part of the serial work of a group commit. Records people read or hash (the
// audit chain, schedules, prompts) stay JSON.
var (
	recordEnc cbor.EncMode
	recordDec cbor.DecMode
)

func init() {
	var err error
	// Sorted keys make a record's bytes depend on its value alone; times keep their
	// offset and nanoseconds, as in JSON.
	recordEnc, err = cbor.EncOptions{Sort: cbor.SortCoreDeterministic, Time: cbor.TimeRFC3339Nano}.EncMode()
	if err != nil {
		panic(fmt.Sprintf("cbor encoder options: %v", err))
	}
	recordDec, err = cbor.DecOptions{}.DecMode()
	if err != nil {
		panic(fmt.Sprintf("cbor decoder options: %v", err))
	}
}

func encodeRecord(v any) ([]byte, error) { return recordEnc.Marshal(v) }

func decodeRecord(data []byte, v any) error { return recordDec.Unmarshal(data, v) }
