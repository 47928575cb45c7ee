package org.openiro.http.security;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openiro.access.Action;

/**
 * What an endpoint does, and so who may call it. Every endpoint under {@code /api/authorities/{authority}} carries
 * one; the access test fails the build for one that does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@Type(PermitsInterceptor.class)
public @interface Permits {
    Action value();
}
