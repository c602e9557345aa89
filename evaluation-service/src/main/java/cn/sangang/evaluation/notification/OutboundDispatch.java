package cn.sangang.evaluation.notification;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the outbound channels for a newly stored notification on a thread of its own, so a slow or failing mail
 * server never holds up the event consumer that fills the inbox. The queue is bounded: past it a notification
 * stays in the inbox only, and the drop is counted.
 */
@Component
class OutboundDispatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatch.class);
    private static final int QUEUE = 1_000;

    private final List<OutboundChannel> channels;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "notification-outbound");
                thread.setDaemon(true);
                return thread;
            });

    OutboundDispatch(List<OutboundChannel> channels, MeterRegistry meters) {
        this.channels = List.copyOf(channels);
        this.meters = meters;
    }

    void dispatch(Notification notification) {
        for (OutboundChannel channel : channels) {
            try {
                sender.execute(() -> send(channel, notification));
            } catch (RejectedExecutionException full) {
                log.warn("outbound channel {} skipped notification {} of {}: {} sends already waiting", channel.name(),
                        notification.id(), notification.bureauId(), QUEUE);
                count(channel, "dropped");
            }
        }
    }

    private void send(OutboundChannel channel, Notification notification) {
        try {
            channel.send(notification);
            count(channel, "sent");
        } catch (RuntimeException e) {
            // The notification is in the inbox already; the channel's copy is lost, which the metric makes visible.
            log.warn("outbound channel {} failed for notification {} of {}", channel.name(), notification.id(),
                    notification.bureauId(), e);
            count(channel, "failed");
        }
    }

    private void count(OutboundChannel channel, String outcome) {
        Counter.builder("sangang.notifications.outbound")
                .description("notifications handed to an outbound channel (email, …), by outcome")
                .tag("channel", channel.name()).tag("outcome", outcome).register(meters).increment();
    }

    @Override
    public void destroy() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
