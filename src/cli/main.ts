process.stderr.write('The local runner is not built yet.\n');
process.exitCode = 1;
