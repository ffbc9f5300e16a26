(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_85 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_786 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_804 () Int)
(declare-fun phase_808 () Int)
(declare-fun phase_811 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_85 26))
(assert
 (= phase_89 30))
(assert
 (= phase_90 30))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_786 28))
(assert
 (= phase_793 28))
(assert
 (= phase_799 28))
(assert
 (= phase_804 28))
(assert
 (= phase_808 28))
(assert
 (= phase_811 28))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (let ((?x4840 (+ phase_85 1)))
 (let (($x185881 (> ?x4840 (- 1))))
 (let ((?x210832 (ite $x185881 ?x4840 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 25)) (< 25 ?x210832)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x155469 (not (and (and true (> boundary 25)) (<= boundary 29)))))
 (let (($x13547 (or $x155469 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x102355 (and (and (= read_index 301) (not false)) (= boundary (- phase_885 1)))))
 (let (($x116934 (and $x102355 $x23999)))
 (let (($x83433 (and (and (= read_index 300) (not false)) (= boundary (- phase_884 1)))))
 (let (($x108920 (and $x83433 $x23999)))
 (let (($x76074 (and (and (= read_index 299) (not false)) (= boundary (- phase_883 1)))))
 (let (($x134053 (and $x76074 $x23999)))
 (let (($x145808 (and (and (= read_index 298) (not false)) (= boundary (- phase_882 1)))))
 (let (($x155169 (and $x145808 $x23999)))
 (let (($x161883 (and (and (= read_index 297) (not false)) (= boundary (- phase_881 1)))))
 (let (($x72624 (and $x161883 $x23999)))
 (let (($x130728 (and (and (= read_index 296) (not false)) (= boundary (- phase_880 1)))))
 (let (($x95935 (and $x130728 $x23999)))
 (let (($x66983 (and (and (= read_index 295) (not false)) (= boundary (- phase_879 1)))))
 (let (($x189445 (and $x66983 $x23999)))
 (let (($x28945 (and (and (= read_index 294) (not false)) (= boundary (- phase_878 1)))))
 (let (($x13139 (and $x28945 $x23999)))
 (let (($x140371 (and (and (= read_index 293) (not false)) (= boundary (- phase_877 1)))))
 (let (($x132863 (and $x140371 $x23999)))
 (let (($x56116 (and (and (= read_index 292) (not false)) (= boundary (- phase_876 1)))))
 (let (($x190977 (and $x56116 $x23999)))
 (let (($x178881 (and (and (= read_index 291) (not false)) (= boundary (- phase_875 1)))))
 (let (($x140100 (and $x178881 $x23999)))
 (let (($x130972 (and (and (= read_index 290) (not false)) (= boundary (- phase_874 1)))))
 (let (($x197862 (and $x130972 $x23999)))
 (let (($x179987 (and (and (= read_index 289) (not false)) (= boundary (- phase_873 1)))))
 (let (($x206886 (and $x179987 $x23999)))
 (let (($x11196 (and (and (= read_index 288) (not false)) (= boundary (- phase_872 1)))))
 (let (($x206920 (and $x11196 $x23999)))
 (let (($x206839 (and (and (= read_index 287) (not false)) (= boundary (- phase_871 1)))))
 (let (($x102381 (and $x206839 $x23999)))
 (let (($x196285 (and (and (= read_index 286) (not false)) (= boundary (- phase_870 1)))))
 (let (($x139298 (and $x196285 $x23999)))
 (let (($x94568 (and (and (= read_index 285) (not false)) (= boundary (- phase_869 1)))))
 (let (($x130777 (and $x94568 $x23999)))
 (let (($x45448 (and (and (= read_index 284) (not false)) (= boundary (- phase_868 1)))))
 (let (($x182923 (and $x45448 $x23999)))
 (let (($x32181 (and (and (= read_index 283) (not false)) (= boundary (- phase_867 1)))))
 (let (($x169632 (and $x32181 $x23999)))
 (let (($x20379 (and (and (= read_index 282) (not false)) (= boundary (- phase_866 1)))))
 (let (($x22583 (and $x20379 $x23999)))
 (let (($x68321 (and (and (= read_index 236) (not false)) (= boundary (- phase_811 1)))))
 (let (($x177907 (and $x68321 $x23999)))
 (let (($x141056 (and (and (= read_index 233) (not false)) (= boundary (- phase_808 1)))))
 (let (($x116933 (and $x141056 $x23999)))
 (let (($x208669 (and (and (= read_index 229) (not false)) (= boundary (- phase_804 1)))))
 (let (($x127186 (and $x208669 $x23999)))
 (let (($x155362 (and (and (= read_index 224) (not false)) (= boundary (- phase_799 1)))))
 (let (($x139829 (and $x155362 $x23999)))
 (let (($x9246 (and (and (= read_index 218) (not false)) (= boundary (- phase_793 1)))))
 (let (($x54464 (and $x9246 $x23999)))
 (let (($x196040 (and (and (= read_index 211) (not false)) (= boundary (- phase_786 1)))))
 (let (($x24594 (and $x196040 $x23999)))
 (let (($x199349 (and (and (= read_index 65) (not false)) (= boundary (- phase_126 1)))))
 (let (($x200279 (and $x199349 $x23999)))
 (let (($x183134 (and (and (= read_index 64) (not false)) (= boundary (- phase_125 1)))))
 (let (($x189434 (and $x183134 $x23999)))
 (let (($x97677 (and (and (= read_index 47) (not false)) (= boundary (- phase_90 1)))))
 (let (($x113323 (and $x97677 $x23999)))
 (let (($x50777 (and (and (= read_index 46) (not false)) (= boundary (- phase_89 1)))))
 (let (($x59034 (and $x50777 $x23999)))
 (let (($x7284 (or $x59034 $x113323 $x189434 $x200279 $x24594 $x54464 $x139829 $x127186 $x116933 $x177907 $x22583 $x169632 $x182923 $x130777 $x139298 $x102381 $x206920 $x206886 $x197862 $x140100 $x190977 $x132863 $x13139 $x189445 $x95935 $x72624 $x155169 $x134053 $x108920 $x116934)))
 (and $x7284 $x13547)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
