package org.gongkai.portal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code deploy/gongkai} run as an operator runs it, for the tests of what the CLI does to a running
 * portal (backup, restore, reindex): its output is printed, and a command that fails or hangs fails the test.
 */
final class OperatorCli {

	private OperatorCli() {
	}

	/**
	 * Runs {@code deploy/gongkai <arguments>} with {@code environment}, after dropping the inherited
	 * variables {@code dropped} names (so that the test JVM's own settings do not leak into the CLI).
	 * @return the command's output
	 */
	static String run(Predicate<String> dropped, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		var command = new ArrayList<>(List.of("bash", Path.of("../deploy/gongkai").toAbsolutePath().toString()));
		command.addAll(List.of(arguments));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf(dropped);
		builder.environment().putAll(environment);
		var log = Files.createTempFile("gongkai-cli-", ".log");
		builder.redirectOutput(log.toFile());
		var process = builder.start();
		var what = "deploy/gongkai " + String.join(" ", arguments);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(what).isTrue();
		var output = Files.readString(log);
		Files.deleteIfExists(log);
		System.out.print(output);
		assertThat(process.exitValue()).as("%s:%n%s", what, output).isZero();
		return output;
	}
}
