// Package loopback is a chat adapter reachable over HTTP on the loopback interface only:
// a program on the same machine posts events to it and reads what the bot delivered.
// It exists to drive a running `ospobot serve` end to end (load tests, crash tests,
// smoke checks of a deployment) without a chat platform.
//
// serve mounts it on its listener when serve.loopback is set, and never otherwise:
//
//	POST /loopback/events      one event as JSON (EventIn); 200 once the bot committed it
//	GET  /loopback/deliveries  what was delivered (?after=SEQ&to=CONV-OR-USER&wait=2s)
//
// Requests from any address other than loopback are refused, whatever the listener.
// Deliveries are kept in memory only; the adapter never writes the store.
package loopback
