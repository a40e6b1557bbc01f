// Command ospobot runs the OSPO bot and its tools.
//
//	ospobot shell                    chat with the bot in the terminal
//	ospobot license identify FILE…   identify the licences in files
//	ospobot license check PATH…      apply the licence policy (a CI step: exit 0/1/2/3)
//	ospobot audit verify|export      recompute the audit chain, or write it for legal
//	ospobot digest list|run NAME     the schedules and their next runs; run one now
//	ospobot outbox [retry|prune]     waiting, sent and failed messages; resend or prune
//	ospobot config validate FILE     check a configuration file
//	ospobot version                  print the version
//
// This package only parses flags, loads config and wires the parts together; the
// behaviour lives in bot, adapters and workflows.
package main
