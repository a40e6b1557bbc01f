package main

// The control socket lets the commands that only read (backup, audit verify, audit
// export, outbox, digest list) work while serve holds the database's lock. serve listens
// on a unix socket in its state directory, a file only its user can open (mode 0600, in
// a directory made 0700). A command whose store is held by serve sends its own argument
// list there; serve runs the same command function in its process, against the bot it
// has open, and streams the output and the exit code back. So the command behaves
// exactly as it does alone, with nothing to keep in step.
//
// The exchange: the client writes one JSON ctlRequest; serve answers with frames, each a
// kind byte, a big-endian uint32 length and that many bytes: '1' standard output, '2'
// standard error, 'x' the exit code in decimal (last), 'r' a refusal (last), or 'n' when
// serve runs on another database than the command means (last; the command opens its
// database itself).

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot/config"
)

// socketName is the control socket's file name in the state directory.
const socketName = "ospobot.sock"

// socketPath is the control socket of the serve that runs on cfg's database.
func socketPath(cfg config.Config) string {
	return filepath.Join(cfg.Serve.StateDirFor(cfg.Store), socketName)
}

// forwardable tells whether a command line may run inside serve: only commands that
// read. The list is the contract of the socket; serve checks it again.
func forwardable(args []string) bool {
	if len(args) == 0 {
		return false
	}
	sub := ""
	if len(args) > 1 {
		sub = args[1]
	}
	switch args[0] {
	case "backup":
		return true
	case "audit":
		return sub == "verify" || sub == "export"
	case "outbox":
		return sub != "retry" && sub != "prune"
	case "digest":
		return sub == "list"
	}
	return false
}

// The flags of the forwardable commands that take a value: file names (which the client
// makes absolute, as serve's working directory is not the command's) and others.
var (
	pathFlags  = map[string]bool{"db": true, "config": true, "out": true}
	valueFlags = map[string]bool{"format": true, "since": true}
)

// absArgs makes the file names in args absolute: the values of pathFlags and, for
// backup, its OUT argument (backup's only argument that is not a flag).
func absArgs(args []string) ([]string, error) {
	out := append([]string(nil), args...)
	abs := func(p string) (string, error) {
		if p == "" || filepath.IsAbs(p) {
			return p, nil
		}
		return filepath.Abs(p)
	}
	var err error
	flags := true // before "--"
	for i := 1; i < len(out) && err == nil; i++ {
		a := out[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case flags && a == "--":
			flags = false
		case flags && strings.HasPrefix(a, "-") && pathFlags[name] && hasValue:
			value, err = abs(value)
			out[i] = a[:strings.Index(a, "=")+1] + value
		case flags && strings.HasPrefix(a, "-") && pathFlags[name] && i+1 < len(out):
			i++
			out[i], err = abs(out[i])
		case flags && strings.HasPrefix(a, "-"):
			if valueFlags[name] && !hasValue {
				i++ // its value, not an argument
			}
		case out[0] == "backup":
			out[i], err = abs(a)
		}
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ctlRequest is what a command sends to serve.
type ctlRequest struct {
	Args []string `json:"args"` // the whole command line after "ospobot"
	DB   string   `json:"db"`   // the database the command means, absolute
}

// Frame kinds.
const (
	frameStdout = '1'
	frameStderr = '2'
	frameExit   = 'x'
	frameRefuse = 'r'
	frameOther  = 'n'
)

type ctxKey int

const (
	keyInvocation ctxKey = iota
	keyServing
)

// invocation is the command line being run and its standard streams, for forwarding.
type invocation struct {
	args []string
	io   stdio
}

func withInvocation(ctx context.Context, args []string, io stdio) context.Context {
	return context.WithValue(ctx, keyInvocation, invocation{args: args, io: io})
}

// servingApp is serve's open bot when the command runs inside serve, else nil.
func servingApp(ctx context.Context) *app {
	a, _ := ctx.Value(keyServing).(*app)
	return a
}

// servedError reports a command that serve ran: its output is already printed.
type servedError struct{ code int }

func (e *servedError) Error() string {
	return fmt.Sprintf("ran in the running ospobot serve: exit %d", e.code)
}

// servedCode is the exit code of a command serve ran, if err says so.
func servedCode(err error) (int, bool) {
	var s *servedError
	if errors.As(err, &s) {
		return s.code, true
	}
	return 0, false
}

// forwardToServe hands the command being run to a serve that runs on cfg's database,
// when one answers on the control socket and the command may run there. It returns nil
// when no serve took it (the caller opens the store itself), a *servedError when serve
// ran it, and another error when the exchange broke down.
func forwardToServe(ctx context.Context, cfg config.Config) error {
	inv, ok := ctx.Value(keyInvocation).(invocation)
	if !ok || !forwardable(inv.args) {
		return nil
	}
	conn, err := (&net.Dialer{Timeout: time.Second}).DialContext(ctx, "unix", socketPath(cfg))
	if err != nil {
		return nil // no socket, or a stale one: no serve is running here
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	args, err := absArgs(inv.args)
	if err != nil {
		return fmt.Errorf("control socket: %w", err)
	}
	db, err := filepath.Abs(cfg.Store.Path)
	if err != nil {
		return fmt.Errorf("control socket: %w", err)
	}
	if err := json.NewEncoder(conn).Encode(ctlRequest{Args: args, DB: db}); err != nil {
		return fmt.Errorf("control socket %s: %w", socketPath(cfg), err)
	}
	r := bufio.NewReader(conn)
	for {
		kind, payload, err := readFrame(r)
		if err != nil {
			return fmt.Errorf("control socket %s: the running serve did not finish the command: %w", socketPath(cfg), err)
		}
		switch kind {
		case frameStdout:
			inv.io.out.Write(payload)
		case frameStderr:
			inv.io.err.Write(payload)
		case frameRefuse:
			return fmt.Errorf("the running ospobot serve refused: %s", payload)
		case frameOther:
			return nil
		case frameExit:
			code, err := strconv.Atoi(string(payload))
			if err != nil {
				return fmt.Errorf("control socket: bad exit code %q", payload)
			}
			return &servedError{code: code}
		}
	}
}

// explainLocked adds to a locked-database error that serve holds it, when a serve
// answers on the control socket.
func explainLocked(cfg config.Config, err error) error {
	conn, derr := net.DialTimeout("unix", socketPath(cfg), time.Second)
	if derr != nil {
		return err
	}
	conn.Close()
	return fmt.Errorf("%w\nospobot serve holds it: this command writes, so it runs only while serve is stopped (backup, audit verify, audit export, outbox and digest list run beside serve)", err)
}

func readFrame(r io.Reader) (byte, []byte, error) {
	var head [5]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(head[1:])
	if n > 16<<20 {
		return 0, nil, fmt.Errorf("frame of %d bytes", n)
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(r, p); err != nil {
		return 0, nil, err
	}
	return head[0], p, nil
}

// frameWriter writes frames to one connection from the command's two streams.
type frameWriter struct {
	mu   sync.Mutex
	conn io.Writer
}

func (f *frameWriter) frame(kind byte, p []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var head [5]byte
	head[0] = kind
	binary.BigEndian.PutUint32(head[1:], uint32(len(p)))
	if _, err := f.conn.Write(head[:]); err != nil {
		return err
	}
	_, err := f.conn.Write(p)
	return err
}

// stream is one of the command's output streams.
type stream struct {
	f    *frameWriter
	kind byte
}

func (s stream) Write(p []byte) (int, error) {
	// Large outputs (an audit export) go in pieces that a reader can bound.
	for rest := p; len(rest) > 0; {
		n := min(len(rest), 1<<20)
		if err := s.f.frame(s.kind, rest[:n]); err != nil {
			return len(p) - len(rest), err
		}
		rest = rest[n:]
	}
	return len(p), nil
}

// ctlServer answers commands on the control socket with serve's open bot.
type ctlServer struct {
	app  *app
	log  *slog.Logger
	ln   net.Listener
	path string
	wg   sync.WaitGroup
}

// listenCtl makes the state directory (0700) when it is missing and listens on the
// socket (0600) in it. A socket left by a serve that died is replaced; one that answers
// belongs to another serve, which is an error.
func listenCtl(cfg config.Config, a *app, log *slog.Logger) (*ctlServer, error) {
	dir := cfg.Serve.StateDirFor(cfg.Store)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("state directory: %w", err)
	}
	path := filepath.Join(dir, socketName)
	if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
		c.Close()
		return nil, fmt.Errorf("control socket %s: another ospobot serve answers there (serve.state_dir must differ per database)", path)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("control socket %s: remove the stale one: %w", path, err)
	}
	// The socket is made with the process's umask. It is made in a new directory of mode
	// 0700, narrowed to 0600 there, and only then moved into place, so that it is never
	// open to others, not even for an instant.
	tmp, err := os.MkdirTemp(dir, ".ospobot-sock-")
	if err != nil {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	defer os.RemoveAll(tmp)
	made := filepath.Join(tmp, socketName)
	ln, err := net.ListenUnix("unix", &net.UnixAddr{Name: made, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	ln.SetUnlinkOnClose(false) // it is no longer where it was made; close removes it
	if err := os.Chmod(made, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("control socket: %w", err)
	}
	if err := os.Rename(made, path); err != nil {
		ln.Close()
		return nil, fmt.Errorf("control socket: %w", err)
	}
	return &ctlServer{app: a, log: log, ln: ln, path: path}, nil
}

// serve answers connections until ctx is done and the listener closed, then waits for
// the commands running.
func (c *ctlServer) serve(ctx context.Context) {
	for {
		conn, err := c.ln.Accept()
		if err != nil {
			break
		}
		c.wg.Go(func() { c.handle(ctx, conn) })
	}
	c.wg.Wait()
}

// close stops taking commands and removes the socket.
func (c *ctlServer) close() {
	c.ln.Close()
	os.Remove(c.path)
}

func (c *ctlServer) handle(ctx context.Context, conn net.Conn) {
	defer conn.Close()
	fw := &frameWriter{conn: conn}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	var req ctlRequest
	if err := json.NewDecoder(io.LimitReader(conn, 1<<20)).Decode(&req); err != nil {
		fw.frame(frameRefuse, []byte("bad request: "+err.Error()))
		return
	}
	conn.SetReadDeadline(time.Time{})
	if !forwardable(req.Args) {
		fw.frame(frameRefuse, []byte("only backup, audit verify, audit export, outbox and digest list run while serve does; stop serve for the others"))
		return
	}
	if !sameFile(req.DB, c.app.store.Path()) {
		fw.frame(frameOther, []byte(c.app.store.Path()))
		return
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	// The client goes away (interrupted): the command's context ends.
	wg.Go(func() {
		io.Copy(io.Discard, conn)
		cancel()
	})
	start := time.Now()
	code := run(context.WithValue(ctx, keyServing, c.app), req.Args, stdio{in: strings.NewReader(""), out: stream{fw, frameStdout}, err: stream{fw, frameStderr}})
	fw.frame(frameExit, []byte(strconv.Itoa(code)))
	c.log.Info("control command", "command", commandName(req.Args), "exit", code, "duration", time.Since(start))
	conn.Close()
	wg.Wait()
}

// commandName is the command and its subcommand, for logs (never its arguments).
func commandName(args []string) string {
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && (args[0] == "audit" || args[0] == "digest") {
		return args[0] + " " + args[1]
	}
	return args[0]
}

func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
