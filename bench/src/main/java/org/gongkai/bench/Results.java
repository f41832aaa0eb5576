package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything one run measured, in the order measured, with the settings and the machine: written as
 * {@code <date>-<commit>[-label].json} and a Markdown table beside it.
 */
final class Results {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final Instant started = Instant.now();

	private final Map<String, Object> settings;

	private final List<Measured> measured = new ArrayList<>();

	private final Map<String, Object> facts = new LinkedHashMap<>();

	private Path directory;

	private String commit;

	private String label;

	Results(Map<String, Object> settings) {
		this.settings = settings;
	}

	/** Where {@link #write} goes; once set, every measurement rewrites the files, so a stopped run keeps what it measured. */
	synchronized void writeTo(Path directory, String commit, String label) {
		this.directory = directory;
		this.commit = commit;
		this.label = label;
	}

	synchronized void add(Measured measurement) {
		measured.add(measurement);
		System.out.println("bench: " + line(measurement));
		if (directory != null) {
			try {
				write();
			}
			catch (IOException e) {
				System.err.println("bench: could not write the results so far: " + e);
			}
		}
	}

	/** A fact about the run that is not a measurement (counts of generated data, the index's size). */
	synchronized void fact(String name, Object value) {
		facts.put(name, value);
		System.out.println("bench: " + name + " = " + value);
	}

	/** The JSON file the results were last written to. */
	synchronized Path file() {
		return directory.resolve(name() + ".json");
	}

	private String name() {
		return started.toString().substring(0, 10) + "-" + commit + (label.isBlank() ? "" : "-" + label);
	}

	synchronized List<Measured> measured() {
		return List.copyOf(measured);
	}

	/** Writes the JSON and the Markdown table; returns the JSON file. */
	synchronized Path write() throws IOException {
		Files.createDirectories(directory);
		var name = name();
		var document = new LinkedHashMap<String, Object>();
		document.put("started", started.toString());
		document.put("commit", commit);
		document.put("machine", machine());
		document.put("settings", settings);
		document.put("facts", facts);
		document.put("measurements", measured);
		var json = directory.resolve(name + ".json");
		JSON.writeValue(json.toFile(), document);
		Files.writeString(directory.resolve(name + ".md"), markdown(commit));
		return json;
	}

	private String markdown(String commit) {
		var table = new StringBuilder();
		table.append("Run of ").append(started).append(" at ").append(commit).append(" (").append(machine().get("cores"))
			.append(" cores; ").append(settings.get("items")).append(" generated items; history level ")
			.append(settings.get("historyLevel")).append(")\n\n");
		table.append("| workload | model | rate | result | p50 ms | p90 ms | p99 ms | max ms | errors |\n");
		table.append("|---|---|---|---|---|---|---|---|---|\n");
		for (var m : measured) {
			boolean load = m.model().equals("open") || m.model().equals("closed");
			table.append("| ").append(m.workload()).append(" | ").append(m.model()).append(" | ")
				.append(m.model().equals("open") ? format(m.rate()) + "/s" : m.model().equals("closed") ? (int) m.rate() + " conn." : "")
				.append(" | ").append(result(m)).append(" | ");
			if (load) {
				table.append(format(m.p50())).append(" | ").append(format(m.p90())).append(" | ").append(format(m.p99()))
					.append(" | ").append(format(m.max()));
			}
			else {
				table.append(" |  |  | ");
			}
			table.append(" | ").append(m.errors().isEmpty() ? "0" : m.errors().toString()).append(" |\n");
		}
		if (!facts.isEmpty()) {
			table.append('\n');
			facts.forEach((name, value) -> table.append("- ").append(name).append(": ").append(value).append('\n'));
		}
		return table.toString();
	}

	/** The figure of a measurement as the table shows it. */
	private static String result(Measured m) {
		return switch (m.model()) {
			case "value" -> format(m.perSecond());
			case "time" -> format(m.seconds()) + " s";
			case "single" -> format(m.perSecond()) + "/s in " + format(m.seconds()) + " s";
			default -> format(m.perSecond()) + "/s";
		};
	}

	private static String line(Measured m) {
		if (!m.model().equals("open") && !m.model().equals("closed")) {
			return m.workload() + ": " + result(m);
		}
		return String.format(Locale.ROOT, "%-40s %-6s rate %8.1f  %9.1f/s  p50 %7.1f  p99 %7.1f  max %8.1f ms  errors %s",
				m.workload(), m.model(), m.rate(), m.perSecond(), m.p50(), m.p99(), m.max(), m.errors());
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static Map<String, Object> machine() {
		var machine = new LinkedHashMap<String, Object>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("java", System.getProperty("java.version"));
		return machine;
	}
}
