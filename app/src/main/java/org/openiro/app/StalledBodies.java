package org.openiro.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request that declares a body and then stops sending it is answered 408 and its connection closed once no byte of
 * the body has come for {@code iro.http.body-idle-timeout} (20 s by default), rather than holding a connection and
 * its buffers until the client gives up (issue 22). Netty's idle timeout closes a connection without an answer, and
 * would also cut off an answer the service is still working on; this counts only while a body is being received.
 */
@Singleton
class StalledBodies implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final Logger LOG = LoggerFactory.getLogger(StalledBodies.class);

    private final Duration timeout;

    StalledBodies(@Value("${iro.http.body-idle-timeout:20s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        /** Right after the HTTP/1 decoder, so that it sees a body in pieces, before anything gathers them. */
        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            for (java.util.Map.Entry<String, io.netty.channel.ChannelHandler> handler : channel.pipeline()) {
                if (handler.getValue() instanceof HttpServerCodec || handler.getValue() instanceof HttpRequestDecoder) {
                    channel.pipeline().addAfter(handler.getKey(), "iro-stalled-bodies", new Watch(timeout.toMillis()));
                    return;
                }
            }
        }
    }

    /** Watches one connection: a timer runs from each piece of a body until its last piece comes. */
    static final class Watch extends ChannelDuplexHandler {
        private final long timeoutMillis;
        private ScheduledFuture<?> timer;

        Watch(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request && !(msg instanceof FullHttpRequest)) {
                if (HttpUtil.getContentLength(request, 0L) > 0 || HttpUtil.isTransferEncodingChunked(request)) {
                    restart(ctx);
                }
            } else if (msg instanceof LastHttpContent) {
                cancel();
            } else if (msg instanceof HttpContent && timer != null) {
                restart(ctx);
            }
            super.channelRead(ctx, msg);
        }

        private void restart(ChannelHandlerContext ctx) {
            cancel();
            timer = ctx.executor().schedule(() -> stalled(ctx), timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void cancel() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        private void stalled(ChannelHandlerContext ctx) {
            timer = null;
            LOG.info("A request body from {} stalled for {} ms: answered 408 and closed", ctx.channel().remoteAddress(),
                    timeoutMillis);
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Request Timeout\",\"status\":408,"
                    + "\"detail\":\"the request body stopped arriving; send it again\"}")
                    .getBytes(StandardCharsets.UTF_8);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.REQUEST_TIMEOUT, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            cancel();
            super.channelInactive(ctx);
        }
    }
}
