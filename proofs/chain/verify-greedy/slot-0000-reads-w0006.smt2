(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_115 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_115 46))
(assert
 (= phase_128 50))
(assert
 (= phase_129 50))
(assert
 (= phase_138 50))
(assert
 (= phase_139 50))
(assert
 (= phase_141 54))
(assert
 (= phase_142 54))
(assert
 (= phase_148 50))
(assert
 (= phase_149 50))
(assert
 (= phase_151 54))
(assert
 (= phase_152 54))
(assert
 (= phase_158 50))
(assert
 (= phase_159 50))
(assert
 (= phase_161 54))
(assert
 (= phase_162 54))
(assert
 (= phase_171 54))
(assert
 (= phase_172 54))
(assert
 (let ((?x2814 (+ phase_115 1)))
 (let (($x6923 (> ?x2814 (- 1))))
 (let ((?x22202 (ite $x6923 ?x2814 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 45)) (< 45 ?x22202)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x23095 (not (and (and true (> boundary 45)) (<= boundary 53)))))
 (let (($x22870 (or $x23095 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x14592 (and (and (= read_index 120) (not false)) (= boundary (- phase_172 1)))))
 (let (($x22552 (and $x14592 $x2131)))
 (let (($x24537 (and (and (= read_index 119) (not false)) (= boundary (- phase_171 1)))))
 (let (($x3609 (and $x24537 $x2131)))
 (let (($x23010 (and (and (= read_index 113) (not false)) (= boundary (- phase_162 1)))))
 (let (($x22454 (and $x23010 $x2131)))
 (let (($x59258 (and (and (= read_index 112) (not false)) (= boundary (- phase_161 1)))))
 (let (($x23772 (and $x59258 $x2131)))
 (let (($x24223 (and (and (= read_index 111) (not false)) (= boundary (- phase_159 1)))))
 (let (($x26921 (and $x24223 $x2131)))
 (let (($x27106 (and (and (= read_index 110) (not false)) (= boundary (- phase_158 1)))))
 (let (($x10171 (and $x27106 $x2131)))
 (let (($x8518 (and (and (= read_index 106) (not false)) (= boundary (- phase_152 1)))))
 (let (($x4115 (and $x8518 $x2131)))
 (let (($x27139 (and (and (= read_index 105) (not false)) (= boundary (- phase_151 1)))))
 (let (($x23698 (and $x27139 $x2131)))
 (let (($x22913 (and (and (= read_index 104) (not false)) (= boundary (- phase_149 1)))))
 (let (($x25057 (and $x22913 $x2131)))
 (let (($x2932 (and (and (= read_index 103) (not false)) (= boundary (- phase_148 1)))))
 (let (($x24215 (and $x2932 $x2131)))
 (let (($x25496 (and (and (= read_index 99) (not false)) (= boundary (- phase_142 1)))))
 (let (($x13825 (and $x25496 $x2131)))
 (let (($x8728 (and (and (= read_index 98) (not false)) (= boundary (- phase_141 1)))))
 (let (($x26522 (and $x8728 $x2131)))
 (let (($x24942 (and (and (= read_index 97) (not false)) (= boundary (- phase_139 1)))))
 (let (($x26520 (and $x24942 $x2131)))
 (let (($x21018 (and (and (= read_index 96) (not false)) (= boundary (- phase_138 1)))))
 (let (($x24246 (and $x21018 $x2131)))
 (let (($x23126 (and (and (= read_index 90) (not false)) (= boundary (- phase_129 1)))))
 (let (($x23623 (and $x23126 $x2131)))
 (let (($x9155 (and (and (= read_index 89) (not false)) (= boundary (- phase_128 1)))))
 (let (($x10248 (and $x9155 $x2131)))
 (let (($x25006 (or $x10248 $x23623 $x24246 $x26520 $x26522 $x13825 $x24215 $x25057 $x23698 $x4115 $x10171 $x26921 $x23772 $x22454 $x3609 $x22552)))
 (and $x25006 $x22870)))))))))))))))))))))))))))))))))))))))
(check-sat)
