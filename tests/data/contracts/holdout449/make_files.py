"""holdout449: ten blind ORDINARY draft contracts + labels. Run: /work/main/.venv/bin/python -B make_files.py

Builds the .txt/.md files directly and the .docx/.pdf via ../word_pdf.py (wrap_words=True), writes the .json labels,
derives each draft's expected rules from its labels (own reading of policy.md §3), checks them against the design list,
asserts that all 20 CR rules fire, measures the read-back lengths and scans every text for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H449Z01 = """T:青川市农产品质量安全追溯平台采购合同
P:合同编号：QCNY-ZFCG-2026-017    采购项目编号：QCCG2026-0311（公开招标）
P:甲方（采购人）：青川市农业农村局
P:地址：青川市府前路88号    联系人：农产品质量安全监管科
P:乙方（供应商）：江南禾信信息技术有限公司
P:地址：杭州市西湖区文三路512号    联系人：项目经理 周立新
P:鉴于甲方通过公开招标方式采购“青川市农产品质量安全追溯平台”，乙方为本项目中标供应商，根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供追溯平台软件许可（市级部署，不限用户数、不限主体数），并完成主体备案、承诺达标合格证开具、快检数据对接、监管驾驶舱等定制开发，以及历史数据迁移、部署实施和培训。
P:1.2 平台部署于甲方政务云，覆盖全市十二个乡镇、约3,600家农产品生产经营主体，并与省级追溯平台实现数据对接。
P:1.3 乙方应派驻不少于四名项目人员，项目经理未经甲方同意不得更换。
P:1.4 乙方应对甲方管理人员、乡镇监管员和生产经营主体代表分层开展培训，培训不少于六场，并提供操作手册、视频教程和常见问题解答。
P:1.5 平台应支持主体通过手机端小程序完成备案和合格证开具，支持与农资经营台账、快检室设备和省级平台的数据交换，接口规范以招标文件技术部分为准。
P:1.6 乙方应在合同签订后十日内提交项目实施计划，明确各阶段里程碑和人员安排，经甲方确认后执行。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰零柒万元整（¥1,070,000.00），含税，明细如下：
TB:序号|项目|金额（元）
TB:1|追溯平台软件许可|560,000
TB:2|定制开发（备案、合格证、快检对接、驾驶舱）|380,000
TB:3|历史数据迁移与省级平台对接|86,000
TB:4|部署实施与培训|44,000
TB:合计||1,070,000
P:2.2 上述价款包含软件许可、开发、实施、培训、质保期内服务及税费，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥214,000。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%，即¥481,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥374,500。
P:3.4 乙方应在签约后七日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后90日内完成部署并上线试运行，试运行期为60日。
P:4.2 验收标准：（1）招标文件所列功能全部实现并经甲方逐项确认；（2）历史数据迁移完整，抽检比对差错率为零；（3）在300个并发用户下，页面平均响应时间不超过3秒；（4）通过第三方安全测评；（5）试运行期间未发生一级故障。
P:4.3 甲方在收到乙方验收申请后15个工作日内组织验收，并出具书面验收报告。平台上线或甲方使用平台，均不视为验收合格。
P:4.4 乙方交付的文档包括需求规格说明书、设计说明书、测试报告、部署手册、用户手册和源代码清单，文档不全的，甲方不组织最终验收。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.5%（经甲方同意的计划内维护除外）。
P:5.2 一级故障（平台整体无法访问或合格证无法开具）乙方应在30分钟内响应、2小时内到达现场；二级故障2小时内响应，当日解决。
P:5.3 乙方未达到上述要求的，每超时一小时扣减1,000元；月度可用率每低于承诺值0.1个百分点，扣减2,000元，从应付款或履约保证金中扣除。
H:第六条 质量保证与后续维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方按软件许可费的8%（即每个服务年度¥44,800）提供运维服务，该价格在质保期满后三个服务年度内保持不变。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，甲方在本项目范围内永久使用。
P:7.2 为本项目定制开发的程序、源代码、接口及文档的知识产权归甲方所有，乙方应在最终验收时移交全部源代码和开发文档。
H:第八条 数据安全
P:8.1 平台中的主体信息、检测数据和追溯数据均属甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，采取访问控制、加密存储、操作留痕等措施，未经甲方书面同意不得拷贝或带离数据。
P:8.3 发生数据泄露或其他安全事件的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密和未公开信息负保密义务，不得向任何第三方披露，保密义务不因合同终止而终止。乙方应与参与本项目的人员签订保密承诺书，并在项目结束时收回或销毁含有甲方信息的资料。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期上线的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 平台不符合合同约定的，乙方应在甲方要求的期限内整改；整改后仍不合格的，甲方有权拒绝验收。
P:10.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包与转包
P:乙方不得转包本项目；未经甲方书面同意，不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除本合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
P:14.2 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。
P:14.3 合同首页所列地址为双方送达地址；任何一方变更的，应提前七日书面通知对方，否则向原地址送达视为有效。
P:14.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清材料为本合同组成部分，内容不一致的，以本合同为准。
P:甲方（盖章）：青川市农业农村局    乙方（盖章）：江南禾信信息技术有限公司
P:授权代表：__________    授权代表：__________
P:签订日期：2026年  月  日
"""

H449Z02 = """T:纺丝机控制系统改造及维保合同
P:合同编号：HX-SB-2026-042
P:甲方：浙江恒绪化纤有限公司
P:地址：绍兴市柯桥区滨海工业区纬三路6号
P:乙方：苏州启衡自动化工程有限公司
P:地址：苏州市吴中区越溪街道塘东路99号
P:甲方涤纶长丝车间现有24台纺丝机控制系统老化、备件停产，甲方决定对其进行改造。乙方具备相应资质和实施经验。双方根据《中华人民共和国民法典》，就改造及维保事宜达成如下协议。
H:第一条 项目范围
P:1.1 乙方负责24台纺丝机控制系统的设计、供货、拆除、安装、编程、调试和培训，包括PLC控制柜、伺服驱动、触摸屏人机界面和卷绕张力控制软件。
P:1.2 改造分三批停机实施，每批停机不超过七日，具体排期由双方书面确认。
P:1.3 乙方为改造后的系统编写的控制程序、画面组态和参数表随系统一并交付。
P:1.4 乙方负责旧控制柜的拆除、标识和移交，拆除的旧设备归甲方所有，由乙方运至甲方指定地点堆放。
P:1.5 乙方应提供电气原理图、接线图、PLC程序清单、备品备件清单和操作维护手册各三套，并提供电子版。
P:1.6 乙方应在合同生效后十日内提交改造实施方案，包括停机计划、切换步骤、回退措施和安全措施，经甲方设备部和生产部会签后执行。
P:1.7 改造后的控制系统应预留与甲方车间制造执行系统的数据接口，采用标准工业通讯协议，向甲方开放全部通讯点表。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾陆万叁仟贰佰元整（¥1,663,200），含13%增值税，明细见下表。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含控制器、I/O模块）|24套|38,000|912,000
TB:2|伺服驱动器|48台|6,500|312,000
TB:3|触摸屏人机界面|24台|4,800|115,200
TB:4|卷绕张力控制软件许可|24套|5,000|120,000
TB:5|拆除、安装、编程及调试|1项|186,000|186,000
TB:6|操作及维护培训|1项|18,000|18,000
TB:合计||||1,663,200
P:2.2 设备及软件许可小计为¥1,459,200。
P:2.3 乙方为完成改造所需的辅材、电缆、桥架以及运输、保险费用均已包含在合同总价内，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同生效后七个工作日内，甲方向乙方支付合同总价的35%作为预付款，即¥582,120。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%，即¥748,440。
P:3.3 系统通过最终验收后，甲方支付合同总价的20%，即¥332,640。
P:3.4 乙方每次请款前应提供合法有效的增值税专用发票。
P:3.5 甲方有权从应付款中直接扣除乙方应支付的违约金、超时补偿和赔偿款。
H:第四条 交货与验收
P:4.1 乙方应于合同生效后75日内完成全部三批改造。安装调试完成不视为验收。
P:4.2 验收标准：（1）每台纺丝机连续满负荷运行72小时无控制故障；（2）卷绕张力波动不超过设定值的±1.5%；（3）断丝自动报警及停机联锁测试全部通过；（4）程序备份、图纸和操作手册齐全。
P:4.3 全部机台试运行满30日后，甲方组织最终验收并签署验收证书。
P:4.4 乙方施工人员进入甲方车间应遵守甲方安全生产、防火和洁净管理规定，动火、登高及带电作业须办理作业票；因乙方违章作业造成的人身伤害和财产损失由乙方承担。
P:4.5 改造期间乙方应保证非改造机台的正常生产不受影响，每批改造完成后须经甲方车间确认具备恢复生产条件。
P:4.6 乙方应对甲方电气维修人员和挡车工分别培训，培训内容包括系统操作、常见报警处理、程序备份与恢复，培训结束后进行考核，考核合格人数不少于参训人数的九成。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，并免费提供程序修改。
P:5.2 一级故障（任一纺丝机因控制系统停机）乙方应在1小时内响应，8小时内到达现场；二级故障2小时内响应。
P:5.3 乙方超时响应或到场的，每超时一小时向甲方支付800元。
P:5.4 质保期内，乙方应每季度对改造机台进行一次现场巡检并提交巡检报告，并在绍兴地区储备常用备件。质保期内更换的部件，其质保期自更换之日起重新计算。
H:第六条 质保期满后的维保
P:质保期满后，甲方如需乙方继续提供维保服务，维保费用按乙方届时公布的价格标准执行，由双方另行签订维保合同。
H:第七条 知识产权
P:乙方为本项目编写的控制程序、组态画面及参数表的知识产权归甲方所有，乙方应交付全部源程序；卷绕张力控制软件的原有知识产权归乙方，甲方永久使用。乙方保证其交付的设备和软件不侵犯第三方知识产权，发生纠纷的由乙方处理并承担责任。
H:第八条 数据安全
P:8.1 纺丝工艺参数、产量及质量数据属甲方所有，乙方仅为履行本合同使用。
P:8.2 乙方人员接入甲方工控网络须经甲方批准并使用甲方提供的运维终端，不得擅自拷贝数据或安装无关软件；发生数据泄露或病毒感染的，乙方应立即报告并配合处置。
P:8.3 因乙方原因造成数据泄露或生产系统受损的，乙方承担全部赔偿责任。
P:8.4 改造完成后，乙方应删除其调试电脑中保存的甲方程序备份和工艺数据，并书面确认。
H:第九条 保密
P:乙方对甲方的工艺配方、设备参数和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应要求参与项目的人员签署保密承诺，保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方施工造成甲方设备损坏的，乙方负责修复或赔偿。
P:10.3 乙方交付的设备存在质量问题的，甲方有权要求乙方更换，更换期间的停机损失由乙方承担。
P:10.4 乙方未按第5.4条完成巡检或备件储备的，每发生一次，甲方可要求乙方支付2,000元，并限期补正。
P:10.5 乙方支付违约金后，仍应继续履行改造义务。
H:第十一条 分包
P:未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十二条 合同的变更与解除
P:本合同生效后，任何一方不得单方解除本合同；合同内容的变更须经双方书面同意。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十四条 不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:第十五条 其他
P:15.1 乙方不得向甲方采购、生产人员提供回扣或其他不正当利益；一经查实，甲方有权取消乙方的供应商资格。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、改造排期表、验收大纲，附件与本合同具有同等效力。
P:甲方（盖章）：浙江恒绪化纤有限公司    乙方（盖章）：苏州启衡自动化工程有限公司
P:代表签字：__________    代表签字：__________
"""

H449Z03 = """美甲门店预约及会员管理系统服务合同

合同编号：MJ-IT-2026-008

甲方：杭州指尖花语美业连锁管理有限公司
地址：杭州市拱墅区莫干山路1188号3幢
乙方：上海约美云软件科技有限公司
地址：上海市徐汇区漕溪北路398号12楼

甲方在杭州、宁波、绍兴等地经营52家美甲门店，现需采用统一的线上预约、会员储值及门店收银系统。乙方以软件即服务（SaaS）方式提供“约美云”门店管理系统。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方52家门店开通“约美云”系统，功能包括小程序预约、技师排班、会员储值与积分、门店收银、库存耗材管理、营销活动和经营报表。
（二）乙方负责实施服务：系统配置、门店及技师资料初始化、原有会员数据导入、小程序页面定制、与甲方财务系统的接口对接，以及店长和收银员培训。
（三）新开门店可按本合同单价增开账号，按实际开通日折算费用；关闭门店的账号及数据应保留至当期服务年度结束，便于甲方查询和导出。
（四）乙方为甲方指定专属客户成功经理，每季度回访一次，提出使用优化建议；上线首月安排专人驻店指导重点门店。
（五）乙方应为52家门店店长及收银员分批开展线上及线下培训，并提供操作视频和使用手册。
（六）系统应支持会员在小程序中自助查询余额、积分和消费记录，支持门店按技师、项目和时段查询预约情况，支持总部按门店、区域和月份生成经营报表。

二、服务期限
（一）实施期自合同生效之日起至系统上线验收合格之日止，不超过45日。
（二）订阅服务期为两个服务年度，自2026年5月1日起至2028年4月30日止。第一个服务年度自系统上线验收合格之日开始计费，如上线验收晚于2026年5月1日，服务期相应顺延。
（三）服务期内，乙方免费提供系统版本更新和功能优化。版本更新影响门店操作的，乙方应提前七日通知甲方，并在门店营业时间以外实施。
（四）乙方应在合同生效后五个工作日内提交实施计划，列明各门店的开通顺序、数据导入安排和培训日程，经甲方确认后执行。

三、费用及支付
（一）本合同总价为人民币叁拾壹万柒仟陆佰元整（¥317,600），其中：
1. 一次性实施费：¥68,000；
2. 订阅费：每店每个服务年度¥2,400，52家门店每个服务年度¥124,800，两个服务年度合计¥249,600。
（二）实施费在系统上线验收合格后十个工作日内一次付清。
（三）每个服务年度的订阅费在该服务年度开始后十五日内支付。
（四）乙方收款前应开具增值税专用发票。
（五）门店数量减少的，甲方可在下一个服务年度开始前书面通知乙方调减账号，订阅费相应减少。
（六）甲方有权从应付款中扣除乙方应支付的违约金和服务费抵扣额。

四、上线验收
（一）验收标准：52家门店全部开通并能正常预约、收银和储值；原有约4.6万名会员的余额和积分导入准确率经双方抽查核对无差错；小程序预约下单在200人同时在线时页面响应不超过2秒；与财务系统的日结数据核对一致。
（二）乙方提交上线验收申请后，甲方在七个工作日内组织验收并签署验收单；未通过的，乙方整改后重新验收。
（三）乙方应提交上线方案、数据导入核对记录、培训签到表和用户手册，作为验收资料。

五、服务水平
（一）系统月可用率不低于99.95%。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，当日恢复。
（三）月可用率低于承诺值的，按当月订阅费的10%抵扣；一级故障超时恢复的，每超时一小时按当月订阅费的2%抵扣，抵扣额从下期订阅费中扣除。
（四）乙方每月向甲方提供服务报告，载明可用率、故障记录及处理情况。

六、数据权属
（一）甲方的门店、会员、交易及储值数据归甲方所有。
（二）甲方同意，乙方可将甲方数据进行去标识化处理后形成的汇总数据用于改进产品及编制行业分析报告，该等汇总数据由乙方享有使用权。

七、数据安全
（一）乙方应落实网络安全等级保护二级以上要求，对会员个人信息加密存储、分级授权访问，并保留操作日志不少于六个月。
（二）发生个人信息泄露等安全事件的，乙方应在2小时内通知甲方，并配合甲方向监管部门报告；因乙方原因导致泄露的，乙方承担由此给甲方造成的全部损失。
（三）合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并删除其系统中的甲方数据。
（四）系统服务器应部署在中国境内，甲方数据不得出境。
（五）乙方应每日备份甲方数据，备份数据保存不少于三十日，每季度进行一次恢复测试，并将测试结果告知甲方。

八、知识产权
“约美云”系统的知识产权归乙方。为甲方定制的小程序页面、报表模板及接口程序归甲方所有，甲方可自行修改和使用。乙方保证系统不侵犯第三方知识产权。

九、保密
双方对在合作中知悉的对方商业秘密负有保密义务，保密期至相关信息公开之日止。乙方接触会员信息的员工应签署保密承诺。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按本合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金；乙方不得因此中断系统服务，但可书面催告。
（三）因乙方原因造成系统中断致使门店无法营业的，乙方除按第五条抵扣外，还应赔偿甲方的直接损失。

十一、续期
服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期订阅费由乙方按其当期公布的价目表调整，以此类推。

十二、分包
未经甲方书面同意，乙方不得将实施或运维工作分包给第三方。经同意分包的，乙方仍对分包部分向甲方承担全部责任。

十三、合同解除
合同解除的，乙方应按本合同第七条（三）的约定导出并交付甲方数据。一方严重违约，经另一方书面催告后15日内未纠正的，守约方有权解除本合同。乙方连续两个月未达到月可用率承诺的，甲方可解除本合同并要求退还未使用期间的订阅费。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。争议处理期间，乙方应继续提供系统服务，不得以争议为由暂停服务或限制甲方导出数据。

十五、不可抗力
因不可抗力致使一方不能履行合同的，该方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任；云服务商或网络运营商的一般故障不属于不可抗力。

十六、通知
双方指定的联系人和地址见合同首部。一方变更联系方式的，应提前五个工作日书面通知对方。对系统故障的通知，可通过乙方服务热线或工单系统发出，以系统记录时间为准。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：门店清单；附件二：功能清单。

甲方（盖章）：杭州指尖花语美业连锁管理有限公司
乙方（盖章）：上海约美云软件科技有限公司
签订日期：2026年  月  日
"""

H449Z04 = """协同设计平台年度运维服务合同

合同编号：JZY-YW-2026-03
采购方式：竞争性磋商（项目编号JZY-CS-2026-011）

甲方：华川建筑设计研究院有限公司
地址：成都市武侯区人民南路四段27号
乙方：成都筑链数字科技有限公司
地址：成都市高新区天府三街199号

甲方通过竞争性磋商确定乙方为协同设计平台运维服务成交供应商。根据磋商文件、乙方响应文件及《中华人民共和国民法典》，双方订立本合同。

1. 服务范围
1.1 服务对象为甲方协同设计平台，包括图档管理、三维模型协同、设计校审流程、出图归档等模块，以及平台所在的12台服务器、存储和备份系统。
1.2 服务内容：驻场运维（一名工程师，工作日驻场）、远程技术支持与故障处理、版本升级与补丁、安全加固与备份恢复演练、季度健康检查及报告。
1.3 服务期自2026年4月1日起至2027年3月31日止。期满不自动续期，是否续签由甲方另行采购决定。
1.4 驻场工程师工作时间为工作日8:30至17:30；投标及集中出图高峰期，甲方可要求乙方安排延时支持，不另计费。
1.5 乙方应在服务开始前提交运维服务方案，包括人员名单、工作流程、应急预案和备份策略，经甲方确认后执行。
1.6 乙方每季度对平台进行一次健康检查，内容包括服务器及存储性能、数据库空间、备份完整性、安全漏洞和用户权限，并提出优化建议。
1.7 平台原厂软件的升级包由甲方通过原厂渠道取得，乙方负责评估、测试和实施升级，升级前应在测试环境验证并完成全量备份。

2. 服务费用
2.1 服务费总额为人民币叁拾肆万陆仟元整（¥346,000），含税，构成如下：驻场运维¥186,000；远程技术支持与故障处理¥64,000；版本升级与补丁¥42,000；安全加固与备份演练¥38,000；季度健康检查及报告¥16,000。
2.2 服务费按季度支付，每季度¥86,500。每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十个工作日内支付当季服务费。本合同不设预付款。
2.3 乙方收款前应开具增值税专用发票；依第3.3条计算的扣减额在当季服务费中直接扣除。

3. 服务水平
3.1 平台月度可用率不低于99.95%（双方确认的计划内维护时间不计入）。
3.2 故障分级及时限：一级故障（平台整体不可用或图档无法读取）15分钟内响应，1小时内到场，6小时内恢复；二级故障（单个模块不可用）30分钟内响应，当日恢复；三级故障（一般咨询或个别用户问题）2小时内响应。
3.3 服务水平未达标的，按以下方式扣减当季服务费：月度可用率每低于承诺值0.01个百分点，扣减500元；一级故障每超时一小时扣减1,000元；二级故障每超时一小时扣减300元。
3.4 乙方每月提交运维月报，载明故障记录、处理时长和可用率统计。
3.5 乙方应设立全天候服务热线，节假日安排值班工程师。
3.6 平台变更须提前提交变更方案并经甲方审批，重大变更应在非工作时间实施，并准备回退方案。

4. 考核与验收
4.1 季度考核内容：月度可用率、故障响应及恢复达标率（不低于95%）、巡检记录完整性、备份恢复演练结果，考核结果由甲方信息中心书面确认。
4.2 服务期满后十五个工作日内，甲方依据本合同第3条约定的指标及四个季度的考核结果组织年度服务验收，并出具验收意见。验收合格是支付第四季度服务费的条件。
4.3 年度服务验收资料包括运维月报、季度考核表、巡检记录、备份恢复演练报告、变更记录和年度运维总结。
4.4 季度考核不合格的，乙方应在十个工作日内提交整改报告，并按第3.3条扣减当季服务费。

5. 违约责任
5.1 乙方未在2026年4月1日前完成驻场人员进场和运维交接，或未按约定日期提交季度健康检查报告的，每逾期一日按服务费总额的千分之一向甲方支付违约金。
5.2 乙方驻场工程师未经甲方同意更换或缺岗超过三个工作日的，甲方有权按每日500元扣减服务费。
5.3 乙方违约给甲方造成损失的，还应赔偿甲方的实际损失。
5.4 违约金和扣减金额由甲方从应付服务费中直接扣除，不足部分乙方应在收到通知后十个工作日内支付。
5.5 因乙方操作失误造成设计数据丢失的，乙方应负责从备份中恢复，无法恢复的，乙方应赔偿甲方重新制作的费用。
5.6 乙方支付违约金或被扣减服务费的，不免除其继续履行本合同和整改的义务。

6. 数据安全
6.1 平台中的设计图纸、模型、项目资料等全部数据归甲方所有，乙方仅为提供本合同服务使用，不得复制、留存或用于任何其他目的。
6.2 乙方人员须通过甲方堡垒机访问平台，不得使用个人设备下载数据；备份介质由甲方保管。
6.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 服务期满或合同解除时，乙方应交回全部账号权限，并书面确认未留存甲方数据。

7. 保密
乙方及其人员对甲方的设计成果、客户信息和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。乙方人员应签署保密承诺书。本条义务在合同终止后继续有效。

8. 知识产权
乙方在服务中为甲方编写的运维脚本、配置文档、应急预案和报告，其知识产权归甲方所有。服务期满时，乙方应移交全部运维文档和配置清单。

9. 分包
乙方不得将本合同项下的服务分包或转包给任何第三方，驻场岗位不得由非乙方员工担任。

10. 合同解除
10.1 乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
10.2 因不可抗力致使合同无法履行的，双方可协商解除。
10.3 合同解除或期满的，乙方应配合甲方或其指定的第三方完成运维交接，交接期不少于十五日。

11. 人员要求
11.1 驻场工程师应具备两年以上同类平台运维经验，并持有相关技术认证。
11.2 乙方应为其人员缴纳社会保险，乙方人员在甲方场所应遵守甲方规章制度。
11.3 乙方应对驻场人员进行安全教育，驻场人员在甲方场所造成的人身或财产损害由乙方负责。

12. 不可抗力
因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明；双方根据影响程度协商延期履行或部分免除责任。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

14. 其他
14.1 磋商文件、响应文件及澄清承诺为本合同组成部分。
14.2 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：华川建筑设计研究院有限公司
乙方（盖章）：成都筑链数字科技有限公司
授权代表：__________    授权代表：__________
签订日期：2026年  月  日
"""

H449Z05 = """# 云桂智造MES软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：YGZZ-MES-2026-019

**甲方（需方）：** 桂林香桂记食品有限公司
**地址：** 桂林市临桂区秧塘工业园北六路8号

**乙方（供方）：** 广西云桂智造软件有限公司
**地址：** 南宁市青秀区民族大道136号华润大厦B座21楼

甲方为提升桂花糕包装线的生产管理和质量追溯水平，向乙方采购云桂智造MES软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云桂智造MES软件（包装线版）永久使用许可，包括生产工单、称重检重、金属检测联动、批次追溯、设备状态监控和质量统计模块。

1.2 乙方根据甲方需求进行定制开发，包括与三条包装线的枕式包装机、自动称重机和喷码机对接，追溯码赋码与关联，以及甲方专用报表。

1.3 乙方负责软件安装部署、基础数据配置和操作培训，集中培训一次，培训人数不超过20人。

1.4 软件运行所需的服务器、数据库、网络设备及工控机由甲方自行采购，乙方提供配置建议。

1.5 乙方交付的文档包括安装手册、用户手册和系统管理员手册，均为电子版。

1.6 本合同所称一级故障，指包装线数据采集全部中断；二级故障，指部分功能异常但不影响包装线生产。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零叁万元整（¥1,030,000），含税，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云桂智造MES软件许可（包装线版，永久） | 680,000 |
| 2 | 定制开发（设备对接、追溯赋码、专用报表） | 260,000 |
| 3 | 安装部署及培训 | 90,000 |
| | 合计 | 1,030,000 |

2.2 甲方新增包装线或用户的，按乙方当时报价另行计费。

2.3 合同价款不含甲方服务器、数据库及网络设备费用，也不含包装线现场改造费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即¥515,000。

3.2 系统上线运行后十个工作日内，甲方支付剩余50%，即¥515,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；乙方有权暂停实施直至甲方付清款项。

3.4 乙方收到款项后开具增值税专用发票。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划实施周期为90日。因甲方现场条件、设备接口资料或人员配合原因导致的延误，实施周期相应顺延。

4.3 甲方应指定项目负责人，按乙方要求提供设备通讯协议、现场网络和人员配合。甲方未按时配合的，乙方可相应调整实施计划，由此增加的费用由甲方承担。

4.4 乙方提交的需求确认书经甲方签字后作为开发依据；需求确认后甲方提出变更的，乙方按人天另行报价，每人天¥2,800。

4.2 系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后使用系统的，亦视为对交付成果的认可。

## 第五条 质量保证

5.1 软件质保期为六个月，自系统上线之日起计算。质保期内乙方免费提供缺陷修复和远程技术支持。

5.2 因甲方操作不当、擅自修改系统或硬件环境变化引起的问题，不属于质保范围。

5.3 质保期内的现场服务每季度不超过两次，超出部分按人天收费。

## 第六条 技术支持

6.1 一级故障（包装线数据采集全部中断）乙方应在8小时内响应，并尽快安排工程师处理；二级及以下故障在两个工作日内响应。

6.2 乙方以电话、远程和现场相结合的方式提供支持，现场支持的差旅费用由甲方承担。

6.3 乙方技术支持的工作时间为工作日9:00至18:00，非工作时间的支持需提前预约，并按乙方收费标准另行收费。

6.4 甲方报告故障时，应提供故障现象、发生时间、操作记录和必要的截图，以便乙方分析处理。

## 第七条 质保期满后的维护

质保期满后，乙方按软件许可费的28%每个服务年度收取维护服务费（即每个服务年度¥190,400），包括版本升级、缺陷修复和远程支持。维护费在每个服务年度开始前支付。甲方未订购维护服务的，乙方不再提供升级和技术支持；甲方再次订购时，需补交中断期间的维护费。

## 第八条 知识产权

8.1 MES软件及乙方在本合同中开发的全部成果（包括定制开发的对接程序、报表和源代码）的知识产权归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方不得将软件安装在本合同约定之外的包装线或工厂，新增部署须另行购买许可。

## 第九条 数据

9.1 甲方生产、质量及追溯数据归甲方所有，乙方仅在提供实施和维护服务时使用。

9.2 乙方远程维护须经甲方授权并使用甲方指定的账号，不得拷贝甲方数据；因乙方原因导致甲方数据泄露的，乙方依法承担赔偿责任。

9.3 甲方应自行做好数据备份；因甲方服务器故障造成的数据丢失，乙方不承担责任。

9.4 乙方人员进入甲方车间应遵守甲方食品安全和卫生管理规定，穿戴甲方提供的工作服。

## 第十条 保密

双方对本合同内容及在履约中获知的对方技术和商业信息负有保密义务，保密期限至合同终止后三年。

## 第十一条 责任限制

乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的20%。乙方不承担甲方的间接损失、停产损失及利润损失。因甲方提供的资料错误、设备故障或网络问题造成的损失，乙方不承担责任。

## 第十二条 合同解除

乙方严重违约并在甲方书面通知后30日内未予纠正的，甲方可以解除本合同。甲方未按约付款超过60日的，乙方可以解除本合同。合同解除的，甲方应支付乙方已完成工作的费用，已交付的软件许可不予退还。

## 第十三条 不可抗力

因不可抗力、政府行为、网络中断等非乙方所能控制的原因导致乙方不能履行或延迟履行的，乙方不承担责任，履行期限相应顺延。

## 第十四条 通知

双方往来通知以书面形式送达合同首部所列地址，也可通过电子邮件发送至双方指定邮箱，发送之日即视为送达。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同未尽事宜，双方另行协商并签订补充协议。本合同附件包括报价单、需求确认书和实施计划。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：桂林香桂记食品有限公司　　　　乙方（盖章）：广西云桂智造软件有限公司

授权代表：__________　　　　授权代表：__________

签订日期：2026年  月  日
"""

H449E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AMS-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Jiangsu Huaxin Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 16 Chengnan Road, Yancheng, Jiangsu (the "Customer"); and
P:(2) Atlas Maghreb Software S.A.R.L., a company incorporated in the Kingdom of Morocco, with its registered office at 41 Boulevard d'Anfa, Casablanca (the "Vendor").
P:Recitals: (A) The Customer operates two dairy plants and a central cold warehouse and wishes to replace its paper-based warehouse records with a warehouse management system. (B) The Vendor is the owner of the AtlasWMS software and has offered to license it to the Customer and to configure and implement it. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the AtlasWMS server software, named-user licences and handheld terminal licences listed in Article 3, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all data entered into, uploaded to or generated by the system in the Customer's operations.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its sites in China for its internal business, for the quantities stated in Article 3.
P:2.2 The Vendor shall provide the implementation services: configuration of the warehouse structure (locations, zones and temperature areas), interfaces with the Customer's ERP and transport management system, migration of open stock records, batch and expiry-date tracking, label printing, user training and go-live support.
P:2.3 The Vendor shall perform the services from its own offices and through its engineers on site in Yancheng, in accordance with a project plan agreed within fifteen days after signature.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,035,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|AtlasWMS server licence, perpetual|1|420,000|420,000
TB:2|Named-user licences, perpetual|60|3,500|210,000
TB:3|Handheld terminal licences, perpetual|40|2,000|80,000
TB:4|Configuration and ERP / TMS interfaces|1 lot|245,000|245,000
TB:5|Data migration|1 lot|48,000|48,000
TB:6|Training|1 lot|32,000|32,000
TB:Total||||1,035,000
P:3.2 The licence subtotal (items 1 to 3) is CNY 710,000.
P:3.3 The Contract Price is fixed and covers all travel, accommodation and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 103,500) within twenty days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 569,250) within twenty days after go-live of both plants and the warehouse, confirmed in writing by the Customer.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 362,250) within twenty days after Final Acceptance.
P:4.4 Each payment is made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete go-live within 120 days after signature.
P:5.2 The acceptance criteria are: (a) all functions in the agreed specification pass the acceptance test scripts; (b) the ERP and TMS interfaces exchange orders, receipts and shipments without error for twenty consecutive working days; (c) a full stock count reconciles with the migrated records; (d) scanning a pallet label returns the location in less than two seconds for 40 concurrent handheld users; and (e) no Severity 1 fault is open.
P:5.3 Within ten working days after the Vendor's written notice that the criteria are met, the Customer shall test the system and either sign the Final Acceptance certificate or list the failures, which the Vendor shall correct before a repeat test. Go-live and use of the system in production do not by themselves constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Support levels: Severity 1 (warehouse operations stopped) - response within 1 hour, workaround within 8 hours; Severity 2 (a major function unavailable) - response within 2 hours, workaround within two working days; Severity 3 - response within one working day.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period, the Vendor shall provide annual support at 11% of the licence subtotal, namely CNY 78,100 per support year. This fee is fixed for the first three support years and may thereafter increase by no more than 3% per support year. The Customer may decide each support year whether to order support.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains the property of the Vendor.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license them freely.
H:Article 8 Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's remote-access gateway with individual accounts, shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any breach affecting Customer Data and shall take all measures to contain it. The Vendor is liable for all losses caused to the Customer by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete go-live by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 8 and 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:13.2 Any dispute shall be finally settled by arbitration under the rules of the Casablanca International Mediation and Arbitration Centre, seated in Casablanca, in the English language.
H:Article 14 Force Majeure and Notices
P:14.1 Neither party is liable for a delay caused by an event beyond its reasonable control, such as natural disaster, epidemic measures or government action, provided that it notifies the other party within five days, describes the event and its expected effect, and takes reasonable steps to reduce the delay. The time for performance is extended by the period of the delay. If an event of force majeure continues for more than ninety days, either party may end this Agreement by written notice, and the Vendor shall refund the amounts paid for services not performed.
P:14.2 Notices under this Agreement must be in writing and sent by courier or by e-mail with confirmation to the addresses stated above or to any other address notified in writing. A notice sent by e-mail is received on the next working day after it is sent.
P:14.3 The Vendor shall comply with applicable anti-bribery laws and shall not offer any payment, gift or other advantage to the Customer's employees in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with its annexes (Annex 1 Specification, Annex 2 Project Plan, Annex 3 Acceptance Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Customer: Jiangsu Huaxin Dairy Co., Ltd.    Signature: __________    Date: __________
P:For the Vendor: Atlas Maghreb Software S.A.R.L.    Signature: __________    Date: __________
"""

H449E02 = """# ORDER FORM - KitchenLedger Cloud Subscription

**Order Form No.:** KL-OF-2026-0317
**Vendor:** Carthage Kitchen Systems SARL, Rue du Lac Biwa, Les Berges du Lac, 1053 Tunis, Tunisia ("Vendor")
**Customer:** Chengdu Shuxiang Hotpot Catering Management Co., Ltd., 77 Kehua North Road, Wuhou District, Chengdu, Sichuan, China ("Customer")

This Order Form is governed by the KitchenLedger General Terms set out below, which form part of it. The Customer operates a chain of hotpot restaurants and subscribes to KitchenLedger, a cloud service for kitchen inventory, recipe costing, supplier ordering and food-waste tracking. At the Customer's request, all fees are stated and payable in CNY.

## 1. Subscription and Fees

| Item | Description | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | KitchenLedger Professional subscription, per restaurant per Subscription Year | 80 restaurants x 2 Subscription Years | 3,600 | 576,000 |
| 2 | Onboarding (one-time): configuration, recipe and supplier data import, POS integration, training | 1 | 46,000 | 46,000 |
| | **Total Fees** | | | **622,000** |

**Subscription Term:** two Subscription Years, from 1 April 2026 to 31 March 2028. The first Subscription Year begins on the Go-Live Date confirmed under Section 3.2 of the General Terms, and the dates move accordingly if the Go-Live Date falls later.

**Restaurants:** 80 restaurants listed in Attachment 1. Additional restaurants may be added at the same unit fee, prorated by month.

## 2. Invoicing and Payment

2.1 The onboarding fee is invoiced after Go-Live and is payable within thirty days of invoice.

2.2 The subscription fee for each Subscription Year (CNY 288,000) is invoiced at the start of that Subscription Year and is payable within thirty days of invoice.

2.3 No other amount is payable before the Go-Live Date.

## 3. Special Terms

3.1 Service location: the Customer's instance is hosted in the Vendor's cloud region in mainland China operated by its hosting partner listed in Attachment 2.

3.2 Onboarding contacts: Customer - IT Manager, Ms Li Ting; Vendor - Implementation Lead, Mr Karim Ben Salah.

3.3 Integration: the Vendor shall connect the Service to the Customer's POS system through the POS vendor's standard export, and shall import the recipes and supplier price lists that the Customer provides in the agreed templates. The Customer's finance team shall take part in the costing test described in Section 3.2 of the General Terms.

---

# KITCHENLEDGER GENERAL TERMS (version 4.2)

## Section 1 Definitions

1.1 "Service" means the KitchenLedger cloud service described in the Order Form and its documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including recipes, supplier prices, stock counts and sales data imported from the Customer's POS.

1.3 "Subscription Year" means each successive annual period of the Subscription Term, beginning on the Go-Live Date or on an anniversary of it.

1.4 "Customer Deliverables" means the report templates, integration mappings and configuration specifically prepared for the Customer during onboarding.

## Section 2 Service

2.1 The Vendor shall make the Service available to the Customer's users in all restaurants listed in the Order Form and shall provide support in Chinese and English.

2.2 The Vendor may improve the Service from time to time, provided that no change materially reduces its functions.

## Section 3 Onboarding and Acceptance

3.1 The Vendor shall complete onboarding within 45 days after signature of the Order Form.

3.2 Onboarding is accepted when: (a) all 80 restaurants can log in and record stock counts; (b) the recipe and supplier data imported match the Customer's source files on a sample of 200 records checked jointly; (c) sales data from the POS flow into the Service each night without error for ten consecutive days; and (d) the costing report for a test week agrees with the Customer's manual calculation. The Customer shall confirm acceptance in writing within five working days after the Vendor shows that the criteria are met, and that date is the Go-Live Date.

3.3 If onboarding is not completed within the period in Section 3.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay.

## Section 4 Service Levels

4.1 The Vendor shall ensure monthly availability of the Service of at least 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (the Service unavailable to all restaurants) shall be responded to within 30 minutes and restored within three hours; Priority 2 incidents within two hours and one working day.

4.3 Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 20% of that month; each Priority 1 incident not restored in time gives a further credit of 3%. Credits are deducted from the next invoice.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Service to the Customer and shall not sell, share or analyse it for any other purpose.

5.2 The Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel, keep access logs and back up Customer Data daily.

5.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, assist with any report to regulators and compensate the Customer for losses caused by an incident attributable to the Vendor or its subcontractors.

5.4 Within thirty days after the end of the Subscription Term the Vendor shall return Customer Data in CSV format and then delete it.

## Section 6 Confidentiality

Each party shall protect the other party's confidential information with reasonable care, use it only for this agreement and not disclose it to third parties except to its personnel and advisers who need to know it.

## Section 7 Intellectual Property

7.1 The Service and its underlying software remain the Vendor's property.

7.2 Customer Deliverables belong to the Customer, which may use, modify and license them freely.

## Section 8 Renewal

8.1 At the end of the Subscription Term, the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term.

8.2 Fees for each renewal period are the Vendor's list prices in effect at the time of renewal, which the Vendor may increase at its discretion.

## Section 9 Subcontractors

9.1 The Vendor may use subcontractors, including hosting providers and local implementation partners, to perform the Service. The Vendor will inform the Customer of any new subcontractor by e-mail before it starts work.

9.2 The Vendor remains responsible for the performance of its subcontractors.

## Section 10 Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses or loss of profit.

10.2 The Vendor's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

## Section 11 Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

11.2 On termination for the Vendor's breach, the Vendor shall refund the prepaid fees for the remaining period and return Customer Data under Section 5.4.

## Section 12 Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Section 13 General

13.1 Notices must be in writing and sent to the addresses in the Order Form.

13.2 If the Order Form and these General Terms conflict, the Order Form prevails.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided that it informs the other party promptly and does its best to resume performance. Subscription fees are reduced in proportion to any period during which the Service cannot be used because of such an event.

13.4 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business that accepts these terms in writing.

13.5 The Customer is responsible for the accuracy of the data it enters, for keeping its users' passwords secret and for using the Service in accordance with the documentation. The Customer shall name one administrator for each restaurant.

13.6 The Vendor shall provide, at no additional charge, a training session for new restaurant managers once every quarter, online in Chinese, and shall keep the online help centre up to date in Chinese and English.

13.7 The Vendor shall comply with applicable anti-bribery and export control laws. Each party shall bear its own costs of negotiating and signing the Order Form.

**Signed for the Customer:** Chengdu Shuxiang Hotpot Catering Management Co., Ltd.  Name: __________  Date: __________

**Signed for the Vendor:** Carthage Kitchen Systems SARL  Name: __________  Date: __________
"""

H449E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD STORE MONITORING SENSORS
P:Contract No. ZZLL-PUR-2026-058
P:Buyer: Zhengzhou Lianlong Cold Chain Logistics Co., Ltd., 9 Hanghai East Road, Zhengzhou Airport Economy Zone, Henan, China (the "Buyer").
P:Supplier: Nile Delta Sensing Technologies S.A.E., 14 Fouad Street, Alexandria, Arab Republic of Egypt (the "Supplier").
P:Background: The Buyer operates a cold-chain logistics park with six cold rooms, two freezer halls and a loading dock. Following the Buyer's request for quotation of 10 February 2026, the Supplier has offered to supply, install and commission a wireless temperature, humidity and door monitoring system. The parties agree as follows, on the Buyer's standard terms of purchase. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the monitoring platform licence listed in clause 2 and any firmware in the Equipment.
P:1.3 "System" means the Equipment and Software installed and configured at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and Software, install and commission them, configure alarm rules and dashboards for the Buyer's cold rooms, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 539,000, inclusive of taxes, delivery to site, customs clearance, installation and all expenses, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor, LoRaWAN, -40 to +60 C|320|680|217,600
TB:2|LoRaWAN gateway, industrial|12|9,800|117,600
TB:3|Door open/close sensor|96|420|40,320
TB:4|Monitoring platform licence, perpetual, on-premises|1|96,000|96,000
TB:5|Installation, commissioning and alarm configuration|1 lot|58,000|58,000
TB:6|Training|1 lot|9,480|9,480
TB:Total||||539,000
P:2.3 The Equipment and Software subtotal (items 1 to 4) is CNY 471,520.
P:2.4 The Supplier shall train up to fifteen of the Buyer's operators and two system administrators on site, and deliver user and administrator manuals in Chinese and English.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 350,350) within thirty days after all Equipment has been delivered and installed and the Buyer has signed the installation record. Signature of the installation record is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 188,650) within thirty days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within 60 days after signature and complete installation within 20 days after delivery.
P:4.2 Installation work inside cold rooms shall be scheduled with the Buyer's operations team so that no stored goods are exposed to temperature excursions.
P:4.3 The Supplier is responsible for export from Egypt, shipping, import customs clearance in China and delivery to the Buyer's site, and bears the risk of loss until delivery. Each shipment shall be packed for air or sea transport and marked with the contract number.
P:4.4 The Equipment shall be new, of the models stated in the Supplier's quotation, and shall carry the certifications required for radio equipment and sale in China. The Supplier shall provide the certificates with the delivery documents.
P:4.5 The Supplier's personnel shall follow the Buyer's site safety rules, including the rules for work in freezer areas, and shall wear the protective clothing provided by the Buyer.
H:5. Acceptance
P:5.1 After installation, the System shall run for a 30-day trial period.
P:5.2 The acceptance criteria are: (a) every sensor reports at least once every five minutes, with no gap longer than thirty minutes during the trial; (b) the temperature readings of a sample of 32 sensors agree with a calibrated reference thermometer within plus or minus 0.3 C; (c) every alarm rule triggers an SMS and app notification within 60 seconds in a witnessed test; (d) calibration certificates and as-built drawings are delivered.
P:5.3 If the criteria are met, the Buyer shall sign the acceptance certificate within ten working days. Otherwise the Supplier shall correct the failures and the trial shall be repeated. Use of the System during the trial is not acceptance.
H:6. Warranty
P:6.1 The warranty period is twenty-four months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment free of charge, including shipping and on-site labour, and shall provide Software updates.
P:6.2 After the warranty period, the Supplier shall provide annual maintenance at 6% of the Equipment and Software subtotal, namely CNY 28,291.20 per maintenance year, fixed for three maintenance years. The Buyer may order maintenance year by year.
H:7. Fault Response
P:7.1 The Supplier shall provide fault support through its authorised service partner in Zhengzhou, according to the following levels:
TB:Level|Definition|Response|Restoration
TB:Severity 1|Monitoring of one or more cold rooms lost|1 hour (remote)|24 hours
TB:Severity 2|Single sensor or gateway faulty|8 hours|3 working days
TB:Severity 3|Questions and minor issues|1 working day|Next release
P:7.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.3 The Supplier shall keep a stock of spare sensors and one spare gateway in Zhengzhou during the warranty period, so that faulty units can be replaced without waiting for shipment from Egypt. The Supplier shall keep spare parts available for purchase for at least seven years after Final Acceptance.
P:7.4 Every quarter during the warranty period, the Supplier shall send the Buyer a short report listing faults, response and restoration times, and any firmware updates installed.
H:8. Delay Damages
P:8.1 If the Supplier fails to complete delivery and installation by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under clause 13.
H:9. Intellectual Property
P:9.1 The Software remains the property of its owner and is licensed to the Buyer perpetually for use at its sites.
P:9.2 Dashboards, alarm rules, reports and configuration files made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All sensor readings, alarm records and logs generated by the System belong to the Buyer. The Supplier shall not use them for any other purpose.
P:10.2 The System is installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be logged. The Supplier shall change all default passwords and keep firmware free of known vulnerabilities.
P:10.3 The Supplier shall report any security incident it discovers within 24 hours and shall compensate the Buyer for all losses caused by a security incident attributable to the Supplier.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without the other party's prior written consent. This obligation survives termination.
H:12. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, except the authorised service partner named in clause 7.1, who is approved by the signature of this Contract. The Supplier remains liable for any subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice. The Supplier shall then refund all payments received for Equipment not accepted and remove it at its own cost.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, port closures or government action, if it notifies the other party within five days and takes reasonable steps to limit the delay. The dates in clause 4 are extended accordingly. If such an event lasts longer than sixty days, either party may end the Contract and the parties shall settle the amounts for work done.
H:16. Insurance and Compliance
P:16.1 The Supplier shall insure the Equipment until delivery and shall maintain liability insurance for its work at the Buyer's site.
P:16.2 The Supplier shall comply with applicable anti-bribery laws and shall not offer any payment or gift to the Buyer's employees in connection with this Contract.
H:17. Notices
P:Notices shall be in writing and sent by courier or e-mail to the addresses stated at the head of this Contract, or to another address notified in writing.
H:18. Entire Contract
P:This Contract, with the Supplier's quotation and the technical specification annexed to it, is the entire agreement. In case of conflict, this Contract prevails. This Contract is signed in two originals in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    Date: __________
P:For the Supplier: ____________________    Date: __________
"""

H449E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** PMS-CS-2026-12

**Customer:** Hunan Xiangyue Supermarket Chain Co., Ltd., 218 Furong Middle Road, Changsha, Hunan, China ("Customer")

**Provider:** Petra Managed Services LLC, 35 Abdul Hamid Shoman Street, Shmeisani, Amman, Hashemite Kingdom of Jordan ("Provider")

**Background.** The Customer runs 36 supermarkets in Changsha and Zhuzhou. It wishes to outsource its IT service desk, store point-of-sale (POS) support and endpoint management to the Provider, which delivers these services remotely from Amman and through field engineers in Hunan. Fees are stated in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Period" means the period from 1 June 2026 to 31 May 2028.

1.3 "Transition" means the one-time takeover of the Customer's IT support described in Schedule 1, ending on the Transition Acceptance Date.

1.4 "Customer Data" means all data of the Customer, its staff and its shoppers that the Provider accesses or handles in performing the Services.

## 2. SERVICES

2.1 The Provider shall perform the Transition and then the Services throughout the Service Period in accordance with Schedules 1 and 2.

2.2 The Provider shall assign a named service delivery manager who speaks Chinese and attends a monthly service review with the Customer in Changsha or by video.

2.3 The Provider shall keep enough qualified field engineers in Changsha and Zhuzhou to meet the service levels, and shall replace any engineer whom the Customer reasonably asks to be replaced.

2.4 The Provider shall keep an up-to-date asset register, a knowledge base and runbooks for all stores, and give the Customer read access to its ticketing tool.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. The total charges for the Service Period are CNY 1,200,000.

3.2 The monthly service charge is invoiced at the end of each month in arrears and is payable within thirty days of invoice, after deduction of any service credits.

3.3 The Transition charge is invoiced after the Transition Acceptance Date and is payable within thirty days of invoice.

3.4 The charges are fixed for the Service Period. Store openings or closures are charged or credited at CNY 1,300 per store per month.

3.5 Each invoice shall be a valid Chinese VAT invoice issued by the Provider's authorised agent in Changsha and shall list the service credits deducted.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Provider shall complete the Transition by 31 May 2026.

4.2 The Transition is accepted when: (a) the service desk answers calls and tickets from all 36 stores in Chinese; (b) every store's POS terminals, back-office PCs and routers are enrolled in the Provider's monitoring and endpoint management tools; (c) the asset register reconciles with a physical count of a sample of six stores; and (d) a witnessed test of a Priority 1 incident has been handled within the service levels. The Customer shall confirm acceptance in writing within five working days after the Provider shows the criteria are met.

4.3 If the Transition is not accepted by 31 May 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance monthly.

5.2 If a service level is missed, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

5.3 The monthly service report shall list every incident by store and priority, the response and restoration times achieved, the credits due, the top recurring problems and the actions proposed to prevent them. The parties shall review the report at the monthly service review and record agreed actions in writing.

5.4 Service credits are a price adjustment and do not limit the Customer's other rights under this Agreement.

## 6. CUSTOMER DATA

6.1 All Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Service Period the Provider shall return all Customer Data and documentation to the Customer.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including the Customer's sales figures, supplier terms, network diagrams and passwords, and shall not disclose it to any third party without prior written consent.

7.2 This obligation continues for three years after the end of the Service Period.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's tools and know-how remain its property.

8.2 The runbooks, knowledge-base articles, scripts and configuration records prepared for the Customer belong to the Customer, which may use, modify and license them freely, including to hand them to a successor provider.

## 9. SUBCONTRACTING

9.1 The Provider may subcontract on-site store visits and hardware repairs to local service companies in Hunan. The Provider shall notify the Customer in writing of each subcontractor before it starts work.

9.2 The Provider remains responsible for all work done by its subcontractors.

## 10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges, except for death or personal injury, fraud and wilful misconduct, which are not limited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. TERM AND TERMINATION

11.1 This Agreement ends on the last day of the Service Period and does not renew automatically. Any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if the Provider misses the Priority 1 service level in three months out of any six.

11.3 On expiry or termination the Provider shall give exit assistance for up to 60 days at the rates in Schedule 3.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 13. CUSTOMER RESPONSIBILITIES

13.1 The Customer shall give the Provider's engineers access to its stores during opening hours, provide remote access to its systems through its own gateway, and name a contact person in each store.

13.2 The Customer remains responsible for its software licences, for its contracts with carriers and hardware vendors, and for approving changes that affect store operations.

## 14. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and does its best to resume performance. Charges for Services not performed during such an event are not payable.

## 15. GENERAL

15.1 This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing.

15.2 Notices shall be sent by e-mail and courier to the addresses above.

15.3 The Provider shall comply with applicable anti-bribery laws and with the Customer's supplier code of conduct provided to it before signature.

15.4 Neither party may assign this Agreement without the written consent of the other party.

## SCHEDULE 1 - SERVICES

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and ticket support for store and head-office staff, in Chinese | 07:00-23:00 daily |
| POS support | Remote support for 216 POS terminals, scanners and receipt printers | 07:00-23:00 daily |
| Endpoint management | Patching, antivirus and software distribution for 420 PCs and laptops | Continuous monitoring |
| Network monitoring | Monitoring of store routers and Wi-Fi access points, fault dispatch to the carrier | Continuous monitoring |
| Field service | On-site visits to stores in Changsha and Zhuzhou | 08:00-22:00 daily |
| Transition | Knowledge transfer, tool enrolment, asset register | Before the Service Period |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restoration | Credit per missed incident |
|---|---|---|---|---|
| P1 | A store cannot take payments at more than half of its tills | 15 minutes | 3 hours (on-site where needed) | 5% of the monthly charge |
| P2 | One till or a back-office function down | 30 minutes | 8 hours | 2% of the monthly charge |
| P3 | Request or minor issue | 2 hours | 2 working days | none |

Service credits in any month are limited to 20% of that month's service charge.

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed | 36,000 |
| Monthly service charge | CNY 48,500 per month x 24 months | 1,164,000 |
| **Total charges for the Service Period** | | **1,200,000** |
| Exit assistance | CNY 2,800 per engineer day | as ordered |

**Signed for the Customer:** __________  **Date:** __________

**Signed for the Provider:** __________  **Date:** __________
"""

H449E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. GMD-API-2026-077

THIS AGREEMENT is made on the date of the last signature below

BETWEEN

Gulf Marine Data Company W.L.L., a company registered in the State of Kuwait, with its office at Al Hamra Tower, Floor 38, Sharq, Kuwait City, Kuwait ("Vendor"); and

Qingdao Haiyun Seafood Trading Co., Ltd., a company registered in the People's Republic of China, with its office at 66 Xianggang Middle Road, Shinan District, Qingdao, Shandong, China ("Customer").

BACKGROUND

(A) The Vendor compiles and sells data on international seafood prices, vessel arrivals, reefer container freight rates and cold-storage stock levels in the main seafood ports.

(B) The Customer imports and exports frozen seafood and wishes to feed this data into its pricing and purchasing systems through the Vendor's application programming interface (API).

(C) The fees in this Agreement are stated in CNY at the Customer's request.

IT IS AGREED as follows.

1. DEFINITIONS

In this Agreement:
(a) "API" means the Vendor's MarineFeed REST API and the data sets listed in Schedule A.
(b) "Licensed Data" means the data delivered to the Customer through the API.
(c) "Customer Data" means the Customer's account information, API keys, query logs, watch lists and any data the Customer uploads.
(d) "Integration Deliverables" means the data mappings, sample code, scripts and dashboard templates prepared by the Vendor for the Customer under clause 3.
(e) "Activation Date" means the date on which the Customer confirms acceptance of the integration under clause 4.
(f) "Subscription Year" means each successive annual period of the Subscription Term, starting on the Activation Date or an anniversary of it.

2. SUBSCRIPTION

(a) The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Licensed Data internally for its own pricing, purchasing, risk management and reporting.

(b) The Customer may display Licensed Data to its own employees and share extracts with its banks and auditors, but shall not resell it or publish it.

(c) The Subscription Term is two Subscription Years, planned from 1 May 2026 to 30 April 2028, adjusted to the Activation Date.

(d) The subscription includes up to 600,000 API calls per Subscription Year for 25 named users.

(e) The Customer may add named users at CNY 2,400 each per Subscription Year, prorated by month. The Vendor shall send the Customer a monthly usage statement showing the number of calls made by each user and the remaining allowance.

3. INTEGRATION SUPPORT

The Vendor shall help the Customer connect the API to its ERP system and its pricing spreadsheet tools: it shall map the data fields, provide sample code, build two dashboard templates (port prices and freight rates) and train up to ten users.

4. ACCEPTANCE OF THE INTEGRATION

(a) The integration is accepted when: (i) all endpoints listed in Schedule A return the documented fields for a test list of 50 products and 20 ports; (ii) daily prices are loaded into the Customer's ERP without manual steps for ten consecutive working days; (iii) 95% of API calls in that test period are answered in less than 800 milliseconds; and (iv) the dashboard templates show the same figures as the Vendor's web portal.

(b) The Customer shall confirm acceptance, or list the failures, within five working days after the Vendor's notice that the criteria are met. The Vendor shall correct any failures and repeat the test.

(c) If the Activation Date is later than 1 May 2026 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

(a) The fees are:
- API subscription: CNY 156,000 per Subscription Year, total CNY 312,000 for the Subscription Term;
- Integration support (one-time): CNY 18,000;
- Total fees: CNY 330,000.

(b) Calls above the annual allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears.

(c) The integration support fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Each invoice is payable within thirty days.

(d) The fees do not increase during the Subscription Term.

6. SERVICE AND SUPPORT

(a) The Vendor will use commercially reasonable efforts to keep the API available and to update the Licensed Data at the frequencies stated in Schedule A.

(b) The Customer may report problems by e-mail to the Vendor's support desk, which works Sunday to Thursday, 08:00 to 17:00 Kuwait time. The Vendor will respond to problems promptly and use reasonable efforts to fix them.

(c) The Vendor may suspend the API for maintenance, and will try to announce planned maintenance in advance.

7. DATA SECURITY

(a) Customer Data belongs to the Customer. The Vendor shall process it only to provide the API and support to the Customer and shall not use it for any other purpose.

(b) The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its administrators and regular vulnerability testing, and shall store API keys only in hashed form.

(c) The Vendor shall notify the Customer within 24 hours of any unauthorised access to Customer Data, shall take immediate steps to contain it, and shall compensate the Customer for all losses caused by a security breach attributable to the Vendor.

(d) When this Agreement ends, the Vendor shall delete Customer Data within thirty days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

(a) The API, the Licensed Data and the Vendor's databases remain the property of the Vendor.

(b) The Integration Deliverables belong to the Customer, which may use, modify and license them freely.

9. LIABILITY

(a) The Vendor's total liability under this Agreement is limited to 150% of the total fees.

(b) Neither party is liable for loss of profit, loss of business or indirect loss, except in case of fraud or wilful misconduct.

(c) The Vendor does not guarantee that the Licensed Data is complete or error-free, but shall correct errors promptly when notified.

10. SUBCONTRACTING

The Vendor shall not subcontract the provision of the API or the integration support without the Customer's prior written consent.

11. TERM, RENEWAL AND TERMINATION

(a) This Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order signed by both parties.

(b) Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

(c) If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid fees for the rest of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

(a) This Agreement is governed by the laws of the People's Republic of China.

(b) Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. GENERAL

(a) Notices shall be sent by e-mail with a copy by courier to the addresses above.

(b) This Agreement is written in English and signed in two counterparts.

(c) Neither party may assign this Agreement without the other party's written consent.

(d) If any provision of this Agreement is invalid, the rest of it remains in force.

14. CUSTOMER OBLIGATIONS

(a) The Customer shall keep its API keys secure, shall not share them outside its organisation and shall tell the Vendor promptly if it suspects that a key has been misused, so that the Vendor can revoke it and issue a new one.

(b) The Customer shall use the Licensed Data in accordance with clause 2 and shall ensure that its users do the same.

(c) The Customer shall name a technical contact for the integration and shall provide test access to its ERP system during the integration period.

15. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failure of public networks or government action, provided that it informs the other party promptly and takes reasonable steps to resume performance. If the API cannot be used for more than thirty consecutive days because of such an event, the Customer may terminate this Agreement and the Vendor shall refund the fees paid for the remaining period.

16. COMPLIANCE

(a) Each party shall comply with the export control, sanctions and anti-bribery laws that apply to it in connection with this Agreement.

(b) The Vendor confirms that it has the rights needed to license the Licensed Data to the Customer and shall defend the Customer against any claim that the Customer's use of the Licensed Data in accordance with this Agreement infringes a third party's rights.

SCHEDULE A - DATA SETS AND ENDPOINTS

(1) /prices: daily wholesale prices for 320 seafood products in 18 ports, updated each business day by 10:00 Beijing time.
(2) /vessels: vessel arrivals and reefer cargo in 42 ports, updated every six hours.
(3) /freight: weekly reefer container freight rates on 60 trade lanes.
(4) /stocks: monthly cold-storage stock estimates for 12 countries.

SIGNED

For the Vendor: Gulf Marine Data Company W.L.L.    Name: __________    Date: __________

For the Customer: Qingdao Haiyun Seafood Trading Co., Ltd.    Name: __________    Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, source)
    "z01": ("h449z01_agri_product_traceability_platform.pdf", "pdf", "zh", H449Z01),
    "z02": ("h449z02_chemical_fibre_spinning_control_retrofit.docx", "docx", "zh", H449Z02),
    "z03": ("h449z03_nail_salon_chain_booking_saas.txt", "txt", "zh", H449Z03),
    "z04": ("h449z04_design_institute_collab_platform_om.txt", "txt", "zh", H449Z04),
    "z05": ("h449z05_osmanthus_cake_packaging_mes_supplier_template.md", "md", "zh", H449Z05),
    "e01": ("h449e01_dairy_wms_licence_moroccan_vendor.pdf", "pdf", "en", H449E01),
    "e02": ("h449e02_hotpot_chain_kitchen_saas_order_form.md", "md", "en", H449E02),
    "e03": ("h449e03_cold_store_monitoring_sensors.docx", "docx", "en", H449E03),
    "e04": ("h449e04_supermarket_managed_it_services.md", "md", "en", H449E04),
    "e05": ("h449e05_seafood_trader_market_data_api.txt", "txt", "en", H449E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (category, terms, extra)
    "z01": ("software", T(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                          False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1070000)),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 35, True, True, 18, None, False, False,
                          False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=False,
                 contract_value=1663200)),
    "z03": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                       False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=317600)),
    "z04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                          True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=346000)),
    "z05": ("software", T(None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 28, False, True,
                          None, None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1030000)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
                          "Morocco", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1035000)),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, 500 / 622000 * 100, 6 / 24 * 100, None, True, None,
                       None, None, True, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=622000)),
    "e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, None, True, True, 24, 6, False, True,
                          False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=539000)),
    "e04": ("services", T(None, 0.25, True, "buyer", False, True, True, 1000 / 1200000 * 100, 150, None, True, None,
                          None, None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000)),
    "e05": ("cloud", T(None, None, False, "buyer", True, True, False, 300 / 330000 * 100, 150, None, True, None, None,
                       None, False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=330000)),
}

# TCO inputs (goods_or_licence only): itemised licence / hardware subtotal, as priced in the text
FEE_BASE = {"z01": 560000, "z02": 1459200, "z05": 680000, "e01": 710000, "e03": 471520}

DESIGN = {  # what I meant each draft to trigger
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = LABELS[key][1]
    value = LABELS[key][2]["contract_value"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee * years
    return dict(fee_per_year=fee, post_warranty_years=years, service=service, tco=value + service,
                share_pct=service / (value + service) * 100)


def derive(key):
    """My own reading of policy.md §3 applied to the label."""
    t, x = LABELS[key][1], LABELS[key][2]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c is not None and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
NUMBAD = [  # (name, regex) - any hit is a threshold figure in the text
    ("99.9", r"(?<![\d.])99\.9(?![\d])"),
    ("4 h", r"(?<![\d.])4\s*-?\s*(?:小时|個?小时|h\b|hrs?\b|hours?\b)"),
    ("四小时", r"(?<![十二])四\s*个?\s*小时"),
    ("four hours", r"(?i)\bfour[\s-]*(?:\(4\)\s*)?hours?\b"),
    ("240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("0.05%", r"(?<![\d.])0\.050*(?![\d])"),
    ("万分之五", r"万分之五(?![十百千\d])"),
    ("0.5‰", r"(?<![\d.])0\.5\s*‰"),
    ("100%", r"(?<![\d.])100(?:\.0+)?\s*%"),
    ("百分之百", r"百分之(?:百|一百)(?![零一二三四五六七八九十])"),
    ("one hundred per cent", r"(?i)\bone hundred\s*per\s*cent"),
    ("30%", r"(?<![\d.])30(?:\.0+)?\s*%"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("thirty per cent", r"(?i)\bthirty\s*per\s*cent"),
    ("12 months", r"(?i)(?<![\d.])12\s*-?\s*(?:个月|個月|months?\b)"),
    ("十二个月", r"(?<![一二三四五六七八九])十二\s*个\s*月"),
    ("twelve months", r"(?i)\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s+)?months?\b"),
    ("一年", r"一年"),
    ("one year", r"(?i)\b(?:one|1)[\s-]*years?\b"),
    ("15%", r"(?<![\d.])15(?:\.0+)?\s*%"),
    ("百分之十五", r"百分之十五(?![一二三四五六七八九])"),
    ("fifteen per cent", r"(?i)\bfifteen\s*per\s*cent"),
    ("40%", r"(?<![\d.])40(?:\.0+)?\s*%"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"四成"),
    ("forty per cent", r"(?i)\bforty\s*per\s*cent"),
    ("5 years", r"(?i)(?<![\d.])5\s*-?\s*(?:年|years?\b)"),
    ("五年", r"(?<![十〇零一二三四五六七八九])五\s*个?\s*年"),
    ("five years", r"(?i)\bfive[\s-]*(?:\(5\)\s*)?years?\b"),
    ("60 months", r"(?i)(?<![\d.])60\s*-?\s*(?:个月|months?\b)"),
    ("六十个月", r"六十\s*个\s*月"),
    ("sixty months", r"(?i)\bsixty[\s-]*months?\b"),
]
NUMBAD = [(n, re.compile(p)) for n, p in NUMBAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years",
            "60 months", "forty per cent", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "14小时", "0.055%", "1.5%", "35%", "45%", "20%", "二十四小时", "二十四个月",
             "18个月", "十八个月", "25%", "Year 1", "140%", "300%", "0.005", "15日", "十五日", "四名", "五分钟",
             "45 days", "twenty-four months", "five minutes", "6.5%"]


def hits(text):
    out = []
    for n, rx in NUMBAD:
        for m in rx.finditer(text):
            out.append((n, text[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- build and read back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def label_json(key):
    name, fmt, lang, _ = FILES[key]
    cat, terms, extra = LABELS[key]
    stem = name.rsplit(".", 1)[0]
    return stem + ".json", {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                            "expected_extra": extra, "expected_rules": derive(key)}


ARITH = [  # every price and instalment sum in the texts
    (560000 + 380000 + 86000 + 44000, 1070000), (214000 + 481500 + 374500, 1070000),
    (912000 + 312000 + 115200 + 120000, 1459200), (1459200 + 186000 + 18000, 1663200),
    (round(1663200 * 0.35), 582120), (round(1663200 * 0.45), 748440), (582120 + 748440 + 332640, 1663200),
    (68000 + 52 * 2400 * 2, 317600), (186000 + 64000 + 42000 + 38000 + 16000, 346000), (4 * 86500, 346000),
    (680000 + 260000 + 90000, 1030000), (round(680000 * 0.28), 190400), (2 * 515000, 1030000),
    (420000 + 60 * 3500 + 40 * 2000, 710000), (710000 + 245000 + 48000 + 32000, 1035000),
    (103500 + 569250 + 362250, 1035000), (round(710000 * 0.11), 78100),
    (80 * 3600 * 2 + 46000, 622000), (320 * 680 + 12 * 9800 + 96 * 420 + 96000, 471520),
    (471520 + 58000 + 9480, 539000), (350350 + 188650, 539000), (round(471520 * 0.06, 2), 28291.2),
    (48500 * 24 + 36000, 1200000), (156000 * 2 + 18000, 330000),
]


def main():
    selftest()
    for a, b in ARITH:
        assert a == b, (a, b)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs, tgts = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            srcs[key], tgts[key] = src, (name, fmt)
    write(srcs, tgts, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (name, fmt, lang, src) in FILES.items():
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        jname, obj = label_json(key)
        (OUT / jname).write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n, n2 = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            size = "%d chars (%d without whitespace)" % (n, n2)
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            size = "%d words" % n
        if not ok:
            problems.append((key, size))
        body = src if fmt in ("txt", "md") else "\n".join(l.partition(":")[2] for l in src.splitlines())
        for variant in (text, src, body, re.sub(r"\s+", " ", src), re.sub(r"\s+", "", src), re.sub(r"\s+", " ", text),
                        re.sub(r"\s+", "", text)):
            for h in hits(variant):
                problems.append((key, "threshold", h))
        c = tco(key)
        print("%s %-62s %-4s %-34s %-6s %s%s" % (key, name, fmt, size, risk(rules), ",".join(r[3:] for r in rules),
                                                 "" if c is None else "  TCO share %.2f%%" % c["share_pct"]))
    # numeric labels not on a threshold
    for key, (cat, t, x) in LABELS.items():
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        c = tco(key)
        if c is not None:
            assert abs(c["share_pct"] - 40) > 2, (key, c)
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    mix = [risk(derive(k)) for k in FILES]
    print("risk mix:", {r: mix.count(r) for r in ("low", "medium", "high")}, "coverage: %d/20" % len(covered))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
