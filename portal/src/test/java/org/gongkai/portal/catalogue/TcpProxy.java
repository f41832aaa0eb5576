package org.gongkai.portal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a fixed local port in front of a real server, which a test stops (the port
 * refuses connections, open ones are cut) and starts again: an outage of a shared server
 * (Elasticsearch, MariaDB, Keycloak) as one portal sees it, without touching the server other tests use.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	public synchronized void start() throws IOException {
		if (server != null) {
			return;
		}
		var socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		server = socket;
		var acceptor = new Thread(() -> accept(socket), "tcp-proxy-" + port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Refuses new connections and cuts the open ones. */
	public synchronized void stop() throws IOException {
		if (server == null) {
			return;
		}
		server.close();
		server = null;
		for (var socket : open) {
			socket.close();
		}
		open.clear();
	}

	@Override
	public void close() throws IOException {
		stop();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				var client = socket.accept();
				Socket upstream;
				try {
					upstream = new Socket(targetHost, targetPort);
				}
				catch (IOException refused) {
					client.close();
					continue;
				}
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException e) {
				// closed by stop(), or the target refused: the client sees a dropped connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		var thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException e) {
				// one side closed
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ignored) {
					// already closed
				}
				open.remove(from);
				open.remove(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}
}
