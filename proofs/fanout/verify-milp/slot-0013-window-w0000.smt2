(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_212 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_219 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_245 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_261 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_267 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_273 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun read_value () Real)
(declare-fun x_13 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_185 2))
(assert
 (= phase_186 2))
(assert
 (= phase_188 2))
(assert
 (= phase_189 2))
(assert
 (= phase_191 2))
(assert
 (= phase_192 2))
(assert
 (= phase_194 2))
(assert
 (= phase_195 2))
(assert
 (= phase_203 2))
(assert
 (= phase_204 2))
(assert
 (= phase_206 2))
(assert
 (= phase_207 2))
(assert
 (= phase_209 2))
(assert
 (= phase_210 2))
(assert
 (= phase_212 2))
(assert
 (= phase_213 2))
(assert
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_224 2))
(assert
 (= phase_225 2))
(assert
 (= phase_227 2))
(assert
 (= phase_228 2))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_245 2))
(assert
 (= phase_246 2))
(assert
 (= phase_248 2))
(assert
 (= phase_249 2))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
(assert
 (= phase_266 2))
(assert
 (= phase_267 2))
(assert
 (= phase_269 2))
(assert
 (= phase_270 2))
(assert
 (= phase_272 2))
(assert
 (= phase_273 2))
(assert
 (= phase_278 2))
(assert
 (= phase_279 2))
(assert
 (let ((?x15437 (* 1.0 x_13)))
 (let (($x17621 (>= boundary 1)))
 (let ((?x15464 (ite $x17621 ?x15437 0.0)))
 (let (($x14902 (or (not (and true (<= boundary 1))) (and (distinct ?x15464 read_value) true))))
 (let (($x90626 (= read_value x_13)))
 (let (($x79687 (and (and (= read_index 127) (not false)) (= boundary (- phase_279 1)))))
 (let (($x16514 (and (and (= read_index 126) (not false)) (= boundary (- phase_278 1)))))
 (let (($x22002 (and (and (= read_index 123) (not false)) (= boundary (- phase_273 1)))))
 (let (($x8501 (and (and (= read_index 122) (not false)) (= boundary (- phase_272 1)))))
 (let (($x93326 (and (and (= read_index 121) (not false)) (= boundary (- phase_270 1)))))
 (let (($x30818 (and (and (= read_index 120) (not false)) (= boundary (- phase_269 1)))))
 (let (($x17872 (and (and (= read_index 119) (not false)) (= boundary (- phase_267 1)))))
 (let (($x19278 (and (and (= read_index 118) (not false)) (= boundary (- phase_266 1)))))
 (let (($x24529 (and (and (= read_index 115) (not false)) (= boundary (- phase_261 1)))))
 (let (($x35579 (and (and (= read_index 114) (not false)) (= boundary (- phase_260 1)))))
 (let (($x45299 (and (and (= read_index 111) (not false)) (= boundary (- phase_255 1)))))
 (let (($x18253 (and (and (= read_index 110) (not false)) (= boundary (- phase_254 1)))))
 (let (($x43824 (and (and (= read_index 107) (not false)) (= boundary (- phase_249 1)))))
 (let (($x34285 (and (and (= read_index 106) (not false)) (= boundary (- phase_248 1)))))
 (let (($x24916 (and (and (= read_index 105) (not false)) (= boundary (- phase_246 1)))))
 (let (($x24680 (and (and (= read_index 104) (not false)) (= boundary (- phase_245 1)))))
 (let (($x13563 (and (and (= read_index 97) (not false)) (= boundary (- phase_234 1)))))
 (let (($x423 (and (and (= read_index 96) (not false)) (= boundary (- phase_233 1)))))
 (let (($x27071 (and (and (= read_index 93) (not false)) (= boundary (- phase_228 1)))))
 (let (($x4393 (and (and (= read_index 92) (not false)) (= boundary (- phase_227 1)))))
 (let (($x38263 (and (and (= read_index 91) (not false)) (= boundary (- phase_225 1)))))
 (let (($x946 (and (and (= read_index 90) (not false)) (= boundary (- phase_224 1)))))
 (let (($x13939 (and (and (= read_index 87) (not false)) (= boundary (- phase_219 1)))))
 (let (($x24237 (and (and (= read_index 86) (not false)) (= boundary (- phase_218 1)))))
 (let (($x19661 (and (and (= read_index 83) (not false)) (= boundary (- phase_213 1)))))
 (let (($x7152 (and (and (= read_index 82) (not false)) (= boundary (- phase_212 1)))))
 (let (($x14434 (and (and (= read_index 81) (not false)) (= boundary (- phase_210 1)))))
 (let (($x25035 (and (and (= read_index 80) (not false)) (= boundary (- phase_209 1)))))
 (let (($x18158 (and (and (= read_index 79) (not false)) (= boundary (- phase_207 1)))))
 (let (($x40056 (and (and (= read_index 78) (not false)) (= boundary (- phase_206 1)))))
 (let (($x37637 (and (and (= read_index 77) (not false)) (= boundary (- phase_204 1)))))
 (let (($x14806 (and (and (= read_index 76) (not false)) (= boundary (- phase_203 1)))))
 (let (($x24692 (and (and (= read_index 71) (not false)) (= boundary (- phase_195 1)))))
 (let (($x10299 (and (and (= read_index 70) (not false)) (= boundary (- phase_194 1)))))
 (let (($x24992 (and (and (= read_index 69) (not false)) (= boundary (- phase_192 1)))))
 (let (($x17934 (and (and (= read_index 68) (not false)) (= boundary (- phase_191 1)))))
 (let (($x9465 (and (and (= read_index 67) (not false)) (= boundary (- phase_189 1)))))
 (let (($x51114 (and (and (= read_index 66) (not false)) (= boundary (- phase_188 1)))))
 (let (($x638 (and (and (= read_index 65) (not false)) (= boundary (- phase_186 1)))))
 (let (($x64016 (and (and (= read_index 64) (not false)) (= boundary (- phase_185 1)))))
 (let (($x22285 (or (and $x64016 $x90626) (and $x638 $x90626) (and $x51114 $x90626) (and $x9465 $x90626) (and $x17934 $x90626) (and $x24992 $x90626) (and $x10299 $x90626) (and $x24692 $x90626) (and $x14806 $x90626) (and $x37637 $x90626) (and $x40056 $x90626) (and $x18158 $x90626) (and $x25035 $x90626) (and $x14434 $x90626) (and $x7152 $x90626) (and $x19661 $x90626) (and $x24237 $x90626) (and $x13939 $x90626) (and $x946 $x90626) (and $x38263 $x90626) (and $x4393 $x90626) (and $x27071 $x90626) (and $x423 $x90626) (and $x13563 $x90626) (and $x24680 $x90626) (and $x24916 $x90626) (and $x34285 $x90626) (and $x43824 $x90626) (and $x18253 $x90626) (and $x45299 $x90626) (and $x35579 $x90626) (and $x24529 $x90626) (and $x19278 $x90626) (and $x17872 $x90626) (and $x30818 $x90626) (and $x93326 $x90626) (and $x8501 $x90626) (and $x22002 $x90626) (and $x16514 $x90626) (and $x79687 $x90626))))
 (let (($x34803 (and $x22285 $x14902)))
 (let ((?x140 (+ phase_0 1)))
 (let ((?x13243 (+ phase_185 1)))
 (let (($x24777 (and (not (<= (ite (> phase_185 phase_0) phase_185 phase_0) ?x140)) (<= ?x140 boundary))))
 (let ((?x33215 (ite (and $x24777 (< boundary (ite (> ?x13243 ?x140) ?x13243 ?x140))) x_13 0.0)))
 (let (($x37993 (and (distinct ?x15464 ?x33215) true)))
 (let (($x25078 (<= boundary 1)))
 (let (($x35578 (and true $x25078)))
 (let (($x23473 (<= boundary 11)))
 (let (($x18870 (>= boundary (- 1))))
 (let (($x23076 (and (= boundary (+ (* 2 boundary_half) 1)) $x18870)))
 (let (($x24486 (and $x23076 $x23473)))
 (let (($x37718 (and $x24486 $x35578)))
 (let (($x47087 (and $x37718 $x37993)))
 (let (($x2597 (> boundary 11)))
 (let (($x28966 (< boundary 2)))
 (let (($x7847 (or $x28966 $x2597)))
 (let (($x11666 (and (distinct (+ (ite (> boundary 1) 1.0 0.0) (ite $x2597 (- 1.0) 0.0)) 0.0) true)))
 (let (($x1775 (= value_index 0)))
 (let (($x12098 (and $x1775 $x11666)))
 (let (($x13216 (and $x12098 $x7847)))
 (let (($x14230 (or $x13216)))
 (or $x14230 $x47087 $x34803))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
