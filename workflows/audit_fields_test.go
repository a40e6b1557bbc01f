package workflows

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// TestAuditEncoderKnowsEveryField guards the audit chain against a field added to
// AuditRecord but not to appendAuditJSON: every field is set, so json.Marshal (which
// verification uses) writes it, and the sealing encoder must write the same bytes.
func TestAuditEncoderKnowsEveryField(t *testing.T) {
	var r AuditRecord
	v := reflect.ValueOf(&r).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(v.Type().Field(i).Name)
		case reflect.Int, reflect.Int64:
			f.SetInt(int64(i + 1))
		case reflect.Uint64:
			f.SetUint(uint64(i + 1))
		case reflect.Struct:
			if f.Type() != reflect.TypeFor[time.Time]() {
				t.Fatalf("AuditRecord.%s: a %s the test cannot fill; teach it and appendAuditJSON", v.Type().Field(i).Name, f.Type())
			}
			f.Set(reflect.ValueOf(time.Date(2026, 3, 1, 9, 0, 0, 5, time.UTC)))
		default:
			t.Fatalf("AuditRecord.%s: a %s the test cannot fill; teach it and appendAuditJSON", v.Type().Field(i).Name, f.Kind())
		}
	}
	want, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := appendAuditJSON(nil, &r)
	if !ok || !bytes.Equal(got, want) {
		t.Fatalf("appendAuditJSON wrote\n%s\njson.Marshal writes\n%s", got, want)
	}
}
