(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_128 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_184 () Int)
(declare-fun phase_185 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_128 50))
(assert
 (= phase_141 54))
(assert
 (= phase_142 54))
(assert
 (= phase_151 54))
(assert
 (= phase_152 54))
(assert
 (= phase_154 58))
(assert
 (= phase_155 58))
(assert
 (= phase_161 54))
(assert
 (= phase_162 54))
(assert
 (= phase_164 58))
(assert
 (= phase_165 58))
(assert
 (= phase_170 52))
(assert
 (= phase_171 54))
(assert
 (= phase_172 54))
(assert
 (= phase_174 58))
(assert
 (= phase_175 58))
(assert
 (= phase_183 56))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (let ((?x15244 (+ phase_128 1)))
 (let (($x15759 (> ?x15244 (- 1))))
 (let ((?x27728 (ite $x15759 ?x15244 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 49)) (< 49 ?x27728)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x26895 (not (and (and true (> boundary 49)) (<= boundary 57)))))
 (let (($x26923 (or $x26895 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x25562 (and (and (= read_index 129) (not false)) (= boundary (- phase_185 1)))))
 (let (($x26782 (and $x25562 $x16839)))
 (let (($x22592 (and (and (= read_index 128) (not false)) (= boundary (- phase_184 1)))))
 (let (($x13519 (and $x22592 $x16839)))
 (let (($x23706 (and (and (= read_index 127) (not false)) (= boundary (- phase_183 1)))))
 (let (($x57546 (and $x23706 $x16839)))
 (let (($x27213 (and (and (= read_index 122) (not false)) (= boundary (- phase_175 1)))))
 (let (($x25080 (and $x27213 $x16839)))
 (let (($x26757 (and (and (= read_index 121) (not false)) (= boundary (- phase_174 1)))))
 (let (($x26758 (and $x26757 $x16839)))
 (let (($x27148 (and (and (= read_index 120) (not false)) (= boundary (- phase_172 1)))))
 (let (($x27139 (and $x27148 $x16839)))
 (let (($x26890 (and (and (= read_index 119) (not false)) (= boundary (- phase_171 1)))))
 (let (($x26892 (and $x26890 $x16839)))
 (let (($x27121 (and (and (= read_index 118) (not false)) (= boundary (- phase_170 1)))))
 (let (($x25992 (and $x27121 $x16839)))
 (let (($x26944 (and (and (= read_index 115) (not false)) (= boundary (- phase_165 1)))))
 (let (($x27106 (and $x26944 $x16839)))
 (let (($x26772 (and (and (= read_index 114) (not false)) (= boundary (- phase_164 1)))))
 (let (($x26778 (and $x26772 $x16839)))
 (let (($x25791 (and (and (= read_index 113) (not false)) (= boundary (- phase_162 1)))))
 (let (($x26079 (and $x25791 $x16839)))
 (let (($x21868 (and (and (= read_index 112) (not false)) (= boundary (- phase_161 1)))))
 (let (($x1046 (and $x21868 $x16839)))
 (let (($x22482 (and (and (= read_index 108) (not false)) (= boundary (- phase_155 1)))))
 (let (($x25414 (and $x22482 $x16839)))
 (let (($x24981 (and (and (= read_index 107) (not false)) (= boundary (- phase_154 1)))))
 (let (($x21088 (and $x24981 $x16839)))
 (let (($x23074 (and (and (= read_index 106) (not false)) (= boundary (- phase_152 1)))))
 (let (($x27186 (and $x23074 $x16839)))
 (let (($x33134 (and (and (= read_index 105) (not false)) (= boundary (- phase_151 1)))))
 (let (($x33647 (and $x33134 $x16839)))
 (let (($x23175 (and (and (= read_index 99) (not false)) (= boundary (- phase_142 1)))))
 (let (($x24071 (and $x23175 $x16839)))
 (let (($x16738 (and (and (= read_index 98) (not false)) (= boundary (- phase_141 1)))))
 (let (($x21417 (and $x16738 $x16839)))
 (let (($x27143 (or $x21417 $x24071 $x33647 $x27186 $x21088 $x25414 $x1046 $x26079 $x26778 $x27106 $x25992 $x26892 $x27139 $x26758 $x25080 $x57546 $x13519 $x26782)))
 (and $x27143 $x26923)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
