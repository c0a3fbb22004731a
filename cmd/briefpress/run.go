package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
)

// Exit statuses.
const (
	exitOK     = 0 // everything built or checked
	exitFailed = 1 // at least one brief failed (the others were built)
	exitUsage  = 2 // wrong usage: unknown command or flag, missing argument, bad value
	exitIO     = 3 // an I/O or internal error
)

// env is what commands get from the process: streams, environment and
// clock. Tests fill it with buffers.
type env struct {
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	getenv   func(string) string
	now      func() time.Time
	terminal bool // stderr is a terminal: draw a live progress line
	// quietSignal is set by commands (watch) for which an interrupt is
	// the normal way to stop, so it exits 0.
	quietSignal bool
}

// exitError carries an exit status up to run. A nil err means the
// message was already printed.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// usageErrorf is a wrong-usage error (exit 2).
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// ioError is an I/O or internal error (exit 3).
func ioError(err error) error { return &exitError{code: exitIO, err: err} }

// failed is the exit 1 of a batch in which a brief failed; its
// diagnostics are already printed.
func failed() error { return &exitError{code: exitFailed} }

// run is the whole program: it parses args (args[0] is the program name),
// runs the command and returns the exit status. SIGINT and SIGTERM cancel
// ctx; builds stop, temporary files are removed and the status is 130 or
// 143 (watch exits 0).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	var (
		mu  sync.Mutex
		got os.Signal
	)
	go func() {
		select {
		case s := <-sigs:
			mu.Lock()
			got = s
			mu.Unlock()
			signal.Stop(sigs) // a second signal kills the process the default way
			cancel()
		case <-ctx.Done():
		}
	}()
	defer signal.Stop(sigs)

	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, now: time.Now, terminal: isTerminal(stderr)}
	app := newApp(e)
	err := app.RunContext(ctx, interspersed(app, args))
	cancel()

	mu.Lock()
	sig := got
	mu.Unlock()
	if sig != nil && !e.quietSignal {
		fmt.Fprintf(stderr, "briefpress: interrupted by %v\n", sig)
		if sig == syscall.SIGTERM {
			return 128 + int(syscall.SIGTERM)
		}
		return 128 + int(syscall.SIGINT)
	}
	return exitCode(err, stderr)
}

// exitCode prints err (unless already printed) and maps it to a status.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		ee = &exitError{code: exitIO, err: err}
	}
	if ee.err != nil {
		fmt.Fprintf(stderr, "briefpress: %v\n", ee.err)
		if ee.code == exitUsage {
			fmt.Fprintln(stderr, "Run 'briefpress help' or 'briefpress COMMAND --help' for usage.")
		}
	}
	return ee.code
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// newApp builds the command tree; nothing is global.
func newApp(e *env) *cli.App {
	onUsage := func(_ *cli.Context, err error, _ bool) error {
		return usageErrorf("%v", err)
	}
	cmds := []*cli.Command{
		newCmdBuild(e, nil),
		newCmdCheck(e, nil),
		newCmdNew(e),
		newCmdFonts(e),
		newCmdVersion(e),
		newCmdWatch(e, nil),
		newCmdDump(e),
	}
	for _, c := range cmds {
		c.OnUsageError = onUsage
	}
	return &cli.App{
		Name:            "briefpress",
		Usage:           "compile policy briefs (Markdown + YAML) into PDF and EPUB",
		Reader:          e.stdin,
		Writer:          e.stdout,
		ErrWriter:       e.stderr,
		HideVersion:     true,
		HideHelpCommand: false,
		Commands:        cmds,
		OnUsageError:    onUsage,
		ExitErrHandler:  func(*cli.Context, error) {}, // run maps errors to statuses
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("unknown command %q", c.Args().First())
			}
			_ = cli.ShowAppHelp(c)
			return usageErrorf("no command given")
		},
	}
}

// paths returns the positional arguments, which must be at least one and
// may not look like flags (interspersed moved every flag before them, so a
// dash here came after "--" or is an unknown flag's stray value).
func paths(c *cli.Context, what string) ([]string, error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		return nil, usageErrorf("%s: missing %s", c.Command.Name, what)
	}
	for _, a := range args {
		if strings.HasPrefix(a, "-") && a != "-" {
			return nil, usageErrorf("%s: flag %s after the paths: put flags before the paths", c.Command.Name, a)
		}
	}
	return args, nil
}
