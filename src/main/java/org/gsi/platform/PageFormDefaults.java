package org.gsi.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page starts with no refused form, so its fields show their defaults ({@link FormRefusal#NONE}). */
@ControllerAdvice(annotations = Controller.class)
class PageFormDefaults {

    @ModelAttribute("refused")
    FormRefusal refused() {
        return FormRefusal.NONE;
    }
}
