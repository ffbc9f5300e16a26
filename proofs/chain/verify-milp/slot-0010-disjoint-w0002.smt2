(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_117 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_202 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_117 47))
(assert
 (= phase_128 50))
(assert
 (= phase_129 50))
(assert
 (= phase_130 51))
(assert
 (= phase_143 55))
(assert
 (= phase_154 58))
(assert
 (= phase_155 58))
(assert
 (= phase_156 59))
(assert
 (= phase_186 61))
(assert
 (= phase_187 62))
(assert
 (= phase_188 62))
(assert
 (= phase_189 63))
(assert
 (= phase_200 74))
(assert
 (= phase_201 74))
(assert
 (= phase_202 74))
(assert
 (let (($x26939 (<= boundary 536870911)))
 (let (($x28630 (and (and true (<= phase_186 boundary)) $x26939)))
 (let ((?x29190 (ite $x28630 1 0)))
 (let ((?x2987 (+ phase_154 1)))
 (let (($x9172 (> ?x2987 phase_143)))
 (let ((?x9211 (ite $x9172 ?x2987 phase_143)))
 (let ((?x2911 (+ phase_155 1)))
 (let (($x6277 (> ?x2911 ?x9211)))
 (let ((?x6278 (ite $x6277 ?x2911 ?x9211)))
 (let (($x6267 (> phase_156 ?x6278)))
 (let ((?x3793 (ite $x6267 phase_156 ?x6278)))
 (let (($x27912 (and (and true (<= phase_143 boundary)) (<= boundary ?x3793))))
 (let ((?x28238 (ite $x27912 1 0)))
 (let ((?x15244 (+ phase_128 1)))
 (let (($x3199 (> ?x15244 phase_117)))
 (let ((?x3183 (ite $x3199 ?x15244 phase_117)))
 (let ((?x15112 (+ phase_129 1)))
 (let (($x3093 (> ?x15112 ?x3183)))
 (let ((?x2910 (ite $x3093 ?x15112 ?x3183)))
 (let (($x2974 (> phase_130 ?x2910)))
 (let ((?x2868 (ite $x2974 phase_130 ?x2910)))
 (let (($x29517 (<= phase_117 boundary)))
 (let (($x12816 (and true $x29517)))
 (let (($x26064 (and $x12816 (<= boundary ?x2868))))
 (let ((?x26852 (ite $x26064 1 0)))
 (let ((?x24247 (+ ?x26852 ?x28238 ?x29190)))
 (let (($x32484 (>= ?x24247 2)))
 (let (($x31424 (> boundary 47)))
 (let (($x32190 (and true $x31424)))
 (let (($x23510 (<= boundary 79)))
 (let (($x6821 (>= boundary (- 1))))
 (let (($x13332 (and (= boundary (+ (* 2 boundary_half) 1)) $x6821)))
 (let (($x13343 (and $x13332 $x23510)))
 (let (($x25398 (and $x13343 $x32190)))
 (and $x25398 $x32484))))))))))))))))))))))))))))))))))))
(check-sat)
