package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/ospobot/ospobot/workflows"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/loopback"
	"github.com/ospobot/ospobot/bot"
)

// serveProc is a real `ospobot serve` process (the binary TestMain puts on PATH),
// listening on a port of 127.0.0.1 it chose itself.
type serveProc struct {
	t      testing.TB
	cmd    *exec.Cmd
	base   string // http://127.0.0.1:PORT
	logs   *logSink
	exited chan struct{}
}

// listenLine finds the address serve listens on in its start-up log line, text or JSON.
var listenLine = regexp.MustCompile(`"?listen"?[=:]"?([0-9.]+:[0-9]+)`)

// logSink keeps what serve logs and reports the address it listens on.
type logSink struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	addr    chan string
	sent    bool
	changed chan struct{} // closed and replaced on every write
}

func (l *logSink) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	if l.changed != nil {
		close(l.changed)
	}
	l.changed = make(chan struct{})
	if !l.sent {
		if m := listenLine.FindSubmatch(l.buf.Bytes()); m != nil {
			l.addr <- string(m[1])
			l.sent = true
		}
	}
	return len(p), nil
}

// await waits until serve has logged what n times, within the deadline.
func (l *logSink) await(t testing.TB, what string, n int) {
	t.Helper()
	deadline := time.NewTimer(30 * time.Second)
	defer deadline.Stop()
	for {
		l.mu.Lock()
		if l.changed == nil {
			l.changed = make(chan struct{})
		}
		got, ch := strings.Count(l.buf.String(), what), l.changed
		l.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("serve did not log %q %d times:\n%s", what, n, l)
		}
	}
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// startServe starts `ospobot serve ARGS` in dir with env added, and waits until it
// listens. The process is killed at cleanup if the test left it running.
func startServe(t testing.TB, dir string, env []string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command("ospobot", append([]string{"serve"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	logs := &logSink{addr: make(chan string, 1)}
	cmd.Stderr = logs
	cmd.Stdout = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProc{t: t, cmd: cmd, logs: logs, exited: make(chan struct{})}
	go func() { cmd.Wait(); close(p.exited) }()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			cmd.Process.Kill()
			<-p.exited
		}
	})
	select {
	case addr := <-logs.addr:
		p.base = "http://" + addr
	case <-p.exited:
		t.Fatalf("serve exited at start (%v):\n%s", cmd.ProcessState, logs)
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not listen within 30s:\n%s", logs)
	}
	return p
}

// stop sends sig and returns the exit code (-1 for death by a signal).
func (p *serveProc) stop(sig os.Signal) int {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatal(err)
	}
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		p.cmd.Process.Kill()
		<-p.exited
		p.t.Fatalf("serve did not stop within 30s of %v:\n%s", sig, p.logs)
	}
	return p.cmd.ProcessState.ExitCode()
}

// get fetches path and returns the status and body.
func (p *serveProc) get(path string) (int, string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.base+path, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// cli runs the ospobot binary in dir, as a user would beside serve.
func cli(t testing.TB, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ospobot", args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("ospobot %v: %v", args, err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// TestServeTranscript guards serve's operations as an operator meets them: the real
// binary, started with no chat adapter, answers /healthz, /readyz and /metrics; a backup
// and an audit check taken while it holds the database go through its control socket
// (which only its user can open); SIGTERM stops it with exit 0 and lets go of the
// database and the socket.
func TestServeTranscript(t *testing.T) {
	dir := t.TempDir()
	p := startServe(t, dir, nil, "--db", "bot.db", "--listen", "127.0.0.1:0")

	if code, body := p.get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := p.get("/readyz"); code != 200 || body != "ready\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	code, metrics := p.get("/metrics")
	for _, want := range []string{
		`ospobot_outbox_messages{state="pending"} 0`,
		`ospobot_outbox_messages{state="failed"} 0`,
		"# TYPE ospobot_database_size_bytes gauge",
		"process_cpu_seconds_total",
	} {
		if code != 200 || !strings.Contains(metrics, want) {
			t.Errorf("/metrics (%d) lacks %q", code, want)
		}
	}

	sock := filepath.Join(dir, socketName)
	if fi, err := os.Stat(sock); err != nil || fi.Mode()&os.ModeSocket == 0 || fi.Mode().Perm() != 0o600 {
		t.Fatalf("control socket: %v %v, want a socket of mode 0600", fi.Mode(), err)
	}
	os.Mkdir(filepath.Join(dir, "backups"), 0o755)
	out, errs, code := cli(t, dir, "backup", "--db", "bot.db", "backups")
	if code != 0 || !strings.Contains(out, "backed up bot.db to "+filepath.Join(dir, "backups")) {
		t.Fatalf("backup beside serve: exit %d\n%s%s", code, out, errs)
	}
	// serve logs a command after its exit status has gone to the client, which may have
	// returned already: wait for the line.
	p.logs.await(t, `msg="control command" command=backup exit=0`, 1)
	copies, _ := filepath.Glob(filepath.Join(dir, "backups", "ospobot-*.db"))
	if len(copies) != 1 {
		t.Fatalf("backups: %v", copies)
	}
	if out, errs, code := cli(t, dir, "audit", "verify", "--db", "bot.db"); code != 0 || !strings.Contains(out, "audit chain of bot.db: ok, 0 records") {
		t.Errorf("audit verify beside serve: exit %d\n%s%s", code, out, errs)
	}
	// Another database in the same directory is no business of serve's: the command
	// opens it itself.
	if err := os.Link(copies[0], filepath.Join(dir, "other.db")); err != nil {
		t.Fatal(err)
	}
	if out, errs, code := cli(t, dir, "audit", "verify", "--db", "other.db"); code != 0 || !strings.Contains(out, "audit chain of other.db: ok, 0 records") {
		t.Errorf("audit verify of the copy beside serve: exit %d\n%s%s", code, out, errs)
	}
	p.logs.await(t, `msg="control command"`, 2)
	if n := strings.Count(p.logs.String(), `msg="control command"`); n != 2 {
		t.Errorf("serve ran %d commands, want the backup and one verify:\n%s", n, p.logs)
	}

	if code := p.stop(syscall.SIGTERM); code != 0 {
		t.Fatalf("serve exited %d after SIGTERM:\n%s", code, p.logs)
	}
	if !strings.Contains(p.logs.String(), "msg=stopped") {
		t.Errorf("serve did not log its stop:\n%s", p.logs)
	}
	if _, err := os.Stat(sock); !os.IsNotExist(err) {
		t.Errorf("control socket left behind: %v", err)
	}
	// The database is free again: the copy and the original open and verify.
	key, _, err := workflows.LoadAuditKey(workflows.AuditKeyFile(dir), false, os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkBackup(copies[0], key); err != nil {
		t.Errorf("backup: %v", err)
	}
	if out, errs, code := cli(t, dir, "audit", "verify", "--db", "bot.db"); code != 0 {
		t.Errorf("audit verify after serve: exit %d\n%s%s", code, out, errs)
	}
}

// TestServeRefusesWritesBeside guards the control socket's allow-list: a command that
// writes is not run by serve, and the user is told why the database is locked.
func TestServeRefusesWritesBeside(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "c.yaml"), []byte("store:\n  path: bot.db\n  lock_timeout: 100ms\n"), 0o600)
	p := startServe(t, dir, nil, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	_, errs, code := cli(t, dir, "outbox", "retry", "--config", "c.yaml")
	if code != exitError || !strings.Contains(errs, "ospobot serve holds it: this command writes") {
		t.Errorf("outbox retry beside serve: exit %d\n%s", code, errs)
	}
	if strings.Contains(p.logs.String(), "control command") {
		t.Errorf("serve ran a command that writes:\n%s", p.logs)
	}
	if code := p.stop(os.Interrupt); code != 0 {
		t.Errorf("serve exited %d after SIGINT:\n%s", code, p.logs)
	}
}

// TestServeLogsNoSecrets guards the logging rule: with secret-looking values in the
// environment, debug logging in JSON, and messages (good, failing and refused) whose
// bodies carry a marker, nothing serve logs contains a secret or a body.
func TestServeLogsNoSecrets(t *testing.T) {
	dir := t.TempDir()
	secrets := map[string]string{
		"OSPOBOT_SLACK_BOT_TOKEN":      "xoxb-1111-secret-bot-token",
		"OSPOBOT_SLACK_APP_TOKEN":      "xapp-2222-secret-app-token",
		"OSPOBOT_SLACK_SIGNING_SECRET": "3333secretsigning",
		"OSPOBOT_MATRIX_ACCESS_TOKEN":  "syt_4444_secret_access",
		"OSPOBOT_MATRIX_PASSWORD":      "5555-secret-password",
		"OSPOBOT_GITHUB_TOKEN":         "ghp_6666secretgithub",
	}
	var env []string
	for k, v := range secrets {
		env = append(env, k+"="+v)
	}
	cfg := loadConfigYAML("bot.db") + "log:\n  level: debug\n  format: json\nlimits:\n  max_input: 16KiB\n"
	os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(cfg), 0o600)
	p := startServe(t, dir, env, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	d := newDriver(p.base, "s")
	bodies := []string{
		"what licence is zebra-body-7781 under? can I use GPL-2.0-only in a SaaS",
		`request contribution project=https://github.com/acme/zebra-body-7782 license=GPL-2.0-only what="zebra-body-7783" size=large`,
		`request contribution project=not-a-url-zebra-body-7784 license=NOPE-zebra-body-7785 what=x size=huge`,
		"frobnicate zebra-body-7786",
		strings.Repeat("zebra-body-7787 ", 2000), // over the input limit: refused
	}
	for i, b := range bodies {
		if _, err := d.post(context.Background(), loopback.EventIn{ID: fmt.Sprint("s", i), User: "ana", Conversation: "dm-ana", Direct: true, Text: b}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.post(context.Background(), loopback.EventIn{ID: "s-click", User: "ana", Conversation: "dm-ana",
		Action: &loopback.ActionIn{ID: "approval.approve", Value: "zebra-body-7788"}}); err != nil {
		t.Fatal(err)
	}
	// Every event was answered, so each went through the whole bot.
	ds, err := d.deliveries(context.Background(), "dm-ana", 0, 0)
	if err != nil || len(ds) < len(bodies) {
		t.Fatalf("%d deliveries (%v), want a reply to each of %d messages", len(ds), err, len(bodies))
	}
	if code := p.stop(syscall.SIGTERM); code != 0 {
		t.Fatalf("exit %d:\n%s", code, p.logs)
	}
	logs := p.logs.String()
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON (log.format: json): %s", line)
		}
	}
	for k, v := range secrets {
		if strings.Contains(logs, v) {
			t.Errorf("the log holds %s's value", k)
		}
	}
	// Each event was logged (by its ID), so the check below looks at records of them.
	if n := strings.Count(logs, `"msg":"event taken"`); n != len(bodies)+1 {
		t.Errorf("%d events logged, want %d:\n%s", n, len(bodies)+1, logs)
	}
	if strings.Contains(logs, "zebra-body") {
		t.Errorf("the log holds a message body:\n%s", logs)
	}
}

// stubAdapter is an adapter that reports its connection as told.
type stubAdapter struct{ status bot.Status }

func (stubAdapter) Platform() bot.Platform                       { return "stub" }
func (stubAdapter) Capabilities() bot.Capabilities               { return bot.Capabilities{} }
func (stubAdapter) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (stubAdapter) Send(context.Context, bot.Destination, bot.Reply) (bot.MessageRef, error) {
	return "", nil
}
func (s stubAdapter) Status() bot.Status { return s.status }

// TestReadyNamesWhatIsNot guards /readyz's answer: 503 naming each adapter that is not
// connected (with its reason), and the shutdown; 200 only when nothing is missing.
func TestReadyNamesWhatIsNot(t *testing.T) {
	s := &server{adapters: []bot.Adapter{stubAdapter{bot.Status{Connected: true}}, stubAdapter{bot.Status{Reason: "socket mode: invalid_auth"}}}}
	s.storeOpen.Store(true)
	if got := strings.Join(s.notReady(), "; "); got != "stub: socket mode: invalid_auth" {
		t.Errorf("not ready: %q", got)
	}
	s.adapters = s.adapters[:1]
	if got := s.notReady(); len(got) != 0 {
		t.Errorf("ready adapters reported %q", got)
	}
	s.draining.Store(true)
	s.storeOpen.Store(false)
	if got := strings.Join(s.notReady(), "; "); got != "shutting down; store closed" {
		t.Errorf("during shutdown: %q", got)
	}
}
