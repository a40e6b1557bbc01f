package matrix

// SetTimelineLimit makes syncs return at most n events per room, so that a test can
// produce a limited sync with a few messages; the returned function restores it.
func SetTimelineLimit(n int) (restore func()) {
	old := timelineLimit
	timelineLimit = n
	return func() { timelineLimit = old }
}
