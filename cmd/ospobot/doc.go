// Command ospobot runs the OSPO bot and its tools.
//
//	ospobot shell                    chat with the bot in the terminal
//	ospobot license identify FILE…   identify the licences in files
//	ospobot config validate FILE     check a configuration file
//	ospobot version                  print the version
//
// This package only parses flags, loads config and wires the parts together; the
// behaviour lives in bot, adapters and workflows.
package main
