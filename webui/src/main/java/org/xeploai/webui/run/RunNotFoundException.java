package org.xeploai.webui.run;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No run (or no file of a run, or no subject in it) by that id or name. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(String what) {
        super(what);
    }
}
