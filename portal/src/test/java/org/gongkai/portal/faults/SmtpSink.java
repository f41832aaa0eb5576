package org.gongkai.portal.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The least SMTP server that accepts mail (RFC 5321's commands, no authentication, no TLS) and keeps every
 * message it was given, so that a test can count what several portal nodes sent through one relay.
 */
final class SmtpSink implements AutoCloseable {

	/** One message as received: the envelope's recipients and the raw data. */
	record Message(List<String> recipients, String data) {
	}

	private final ServerSocket server;

	private final ExecutorService sessions = Executors.newCachedThreadPool();

	private final List<Message> received = new CopyOnWriteArrayList<>();

	SmtpSink() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		sessions.submit(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	List<Message> received() {
		return List.copyOf(received);
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				var socket = server.accept();
				sessions.submit(() -> serve(socket));
			}
			catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket;
				var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				var out = socket.getOutputStream()) {
			reply(out, "220 sink ESMTP");
			var recipients = new CopyOnWriteArrayList<String>();
			String line;
			while ((line = in.readLine()) != null) {
				var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "MAIL" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients.add(line.substring(line.indexOf(':') + 1).strip());
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						var data = new StringBuilder();
						while ((line = in.readLine()) != null && !line.equals(".")) {
							data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
						}
						received.add(new Message(List.copyOf(recipients), data.toString()));
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException e) {
			// the client went away: what it completed is kept
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
		sessions.shutdownNow();
	}
}
