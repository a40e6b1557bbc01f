//go:build linux

package workflows

import (
	"syscall"
	"time"
	"unsafe"
)

// processCPU is the CPU time this process has used, user and system.
func processCPU() time.Duration { return cpuClock(2) } // CLOCK_PROCESS_CPUTIME_ID

// threadCPU is the CPU time the calling thread has used: with the goroutine locked to
// its thread, the CPU a piece of work costs, whatever else the machine runs meanwhile.
// It reads the thread's CPU clock, which counts up to the moment it is read;
// getrusage(RUSAGE_THREAD) does not: it leaves out what the thread ran since its last
// timer tick or switch, so that spans shorter than a tick came out up to three times
// too small.
func threadCPU() time.Duration { return cpuClock(3) } // CLOCK_THREAD_CPUTIME_ID

// cpuClock reads one of the kernel's CPU-time clocks (clock_gettime); 0 when it fails.
func cpuClock(clock uintptr) time.Duration {
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clock, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
