/** The command line: one class per subcommand, fixed exit codes, diagnostics on standard error. */
package io.kontext.cli;
