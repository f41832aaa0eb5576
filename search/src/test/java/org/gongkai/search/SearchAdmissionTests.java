package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bound on searches in flight, with real threads holding its permits. */
class SearchAdmissionTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void aSearchBeyondTheBoundWaitsItsTimeThenIsRefusedAsBusy() throws Exception {
		var admission = new SearchAdmission(2, Duration.ofMillis(200));
		hold(admission, 2);
		long start = System.nanoTime();
		assertThatExceptionOfType(SearchBusy.class).isThrownBy(() -> admission.admit(() -> "late"))
			.satisfies(busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1)))
			.isInstanceOf(SearchUnavailable.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(190), Duration.ofSeconds(5));
		this.release.countDown();
		assertThat(admission.admit(() -> "after")).isEqualTo("after");
	}

	@Test
	void aSearchThatWaitsIsAdmittedWhenOneInFlightEnds() throws Exception {
		var admission = new SearchAdmission(1, Duration.ofSeconds(10));
		hold(admission, 1);
		Future<String> waiting = this.threads.submit(() -> admission.admit(() -> "admitted"));
		Thread.sleep(100);
		assertThat(waiting).isNotDone();
		this.release.countDown();
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("admitted");
	}

	@Test
	void aFailedSearchGivesItsPermitBack() {
		var admission = new SearchAdmission(1, Duration.ZERO);
		assertThatExceptionOfType(SearchUnavailable.class).isThrownBy(() -> admission.admit(() -> {
			throw new SearchUnavailable("down", null);
		}));
		assertThat(admission.admit(() -> "next")).isEqualTo("next");
	}

	@Test
	void unboundedAdmitsEverySearchAtOnce() throws Exception {
		var admission = SearchAdmission.unbounded();
		hold(admission, 50);
		assertThat(admission.admit(() -> "more")).isEqualTo("more");
	}

	@Test
	void refusesABoundThatAdmitsNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchAdmission(0, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchAdmission(1, Duration.ofSeconds(-1)));
	}

	/** Starts {@code count} searches that stay in flight until {@link #release}. */
	private void hold(SearchAdmission admission, int count) throws InterruptedException {
		var started = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			this.threads.submit(() -> admission.admit(() -> {
				started.countDown();
				try {
					return this.release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
		}
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
	}

}
