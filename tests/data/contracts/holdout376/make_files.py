"""holdout376: writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py) and their .json labels,
then reads every built file back and asserts lengths, threshold-free wording, derived values and the rule mix.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  邮政管理局 快递业务监管平台 (政府采购 公开招标, 甲方文本) — .pdf, 第X条 + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:江川市快递业务监管平台建设项目合同
P:合同编号：JCYZ-2025-ZC017
P:采购方式：公开招标（招标编号：JCZC2025-0412）
P:甲方（采购人）：江川市邮政管理局，地址：江川市滨河东路88号
P:乙方（供应商）：杭州安递信息技术有限公司，地址：杭州市余杭区文一西路1180号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江川市快递业务监管平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设快递业务监管平台，内容包括平台软件许可，快递企业数据对接、电子运单分析、寄递安全监管、消费者申诉处理等功能模块的定制开发，历史数据迁移，部署实施及培训。
P:1.2 平台部署在甲方指定的政务云资源上，须与省级邮政业安全监管信息系统及本市“互联网+监管”平台对接，接入辖区内全部品牌快递企业、分拨中心及末端网点。
P:1.3 具体功能和性能要求以招标文件第三章《采购需求》及乙方投标响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000.00），为含税固定总价，包含完成本项目所需的软件、开发、迁移、实施、培训、差旅及税费等全部费用，甲方不再另行支付任何费用。分项如下：
TB:序号|项目|金额（元）
TB:1|监管平台软件许可（永久使用）|1,120,000
TB:2|定制开发（数据对接、运单分析、寄递安全、申诉处理）|680,000
TB:3|历史数据迁移|90,000
TB:4|部署实施及培训|70,000
TB:合计||1,960,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥392,000。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥882,000。
P:3.3 试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥686,000。
P:3.4 乙方每次收款前须开具合法有效的等额发票。甲方通过国库集中支付方式付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成平台部署并具备初步验收条件，初验通过后进入为期两个月的试运行。
P:4.2 乙方应在合同签订后十日内提交实施方案，经甲方确认后执行。项目经理及核心开发人员须与投标文件一致，未经甲方书面同意不得更换。
P:4.3 乙方每两周向甲方提交进度报告，说明已完成工作、存在问题和下一步计划。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据招标文件、本合同及经确认的实施方案逐项测试，内容包括：全部功能模块可正常使用；与省级系统及“互联网+监管”平台的接口连续五个工作日数据交换无差错；历史数据迁移后的记录数及关键字段与原系统全量比对一致；在三百个并发用户下，常用查询响应时间不超过2秒。
P:5.2 最终验收在试运行期满后进行。除复核上述指标外，还须满足：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告结论合格；乙方已移交全部源代码、部署文档和运维手册。
P:5.3 验收不合格的，乙方应在十日内整改并申请复验，费用由乙方承担。平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、性能优化和技术支持。
P:6.2 质保期满后，如甲方需要，乙方应按年度提供维护服务。年度维护费为平台软件许可费用的8%，即每年¥89,600，该价格在质保期满后三个年度内保持不变，不因任何原因上调。
P:6.3 故障分为三级。一级故障指平台整体不可用或核心业务数据无法上报，乙方应在接到报修后30分钟内响应，2小时内恢复；二级故障指部分功能不可用，乙方应在2小时内响应，8小时内解决；三级故障为一般咨询及非紧急问题，1个工作日内答复。
P:6.4 平台月可用率不低于99.95%，经甲方同意的计划内维护时段除外。
P:6.5 一级故障响应或恢复每超时一小时，乙方支付¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付¥2,000。上述款项甲方可从应付款项中直接扣除。
H:第七条 数据安全
P:7.1 平台中的快递企业信息、寄递数据、申诉记录及其衍生数据均属于甲方所有。乙方仅能为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》等规定，按等级保护第三级要求落实访问控制、加密存储和日志审计措施。乙方人员仅能通过甲方堡垒机访问生产环境，不得将数据复制出政务云。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的甲方工作秘密、监管信息和技术资料负有保密义务，未经甲方书面许可不得向任何第三方披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 平台软件许可部分的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:9.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付成果不符合合同约定的，甲方有权要求限期整改；整改后仍不合格的，按第十一条处理。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:第十一条 合同解除
P:11.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失：逾期超过三十日；复验仍不合格；发生严重数据安全事件；有其他根本违约行为且在甲方通知后十五日内未纠正。
H:第十二条 分包
P:12.1 本项目不得分包，乙方不得将合同全部或部分转让或分包给第三方。
H:第十三条 法律适用和争议解决
P:13.1 本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市邮政管理局　　乙方（盖章）：杭州安递信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  锂电隔膜厂 拉伸生产线控制系统改造 + 维保 — .docx, 一、/（一）, Word price table
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:隔膜拉伸生产线控制系统改造合同
P:合同编号：ZM-SB-2025-063
P:甲方：宜兴卓膜新材料股份有限公司
P:乙方：无锡恒控自动化工程有限公司
P:鉴于甲方三号湿法隔膜生产线（纵向拉伸、横向拉伸及收卷段）原控制系统已运行九年，部分备件停产，张力波动导致产品厚度一致性下降，甲方决定对该线控制系统进行整体改造；乙方具备相应的设计、供货、安装和调试能力。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除并更换纵拉、横拉、收卷段的PLC控制器、远程I/O、伺服驱动器及伺服电机，更换工控机和操作屏。
P:（二）提供生产线监控软件及张力闭环控制软件的永久许可，完成控制程序设计、编程、单机调试及联动调试。
P:（三）改造须在甲方安排的停机窗口（不超过二十一天）内完成，并保证改造后生产线与甲方MES系统的数据接口正常运行。
H:二、合同价格
P:（一）合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），含税，含运输、安装、调试及培训。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及远程I/O模块|1套|620,000
TB:2|伺服驱动器及伺服电机|46轴|780,000
TB:3|工控机及操作屏|8台|160,000
TB:4|监控软件及张力控制软件许可（永久）|1套|340,000
TB:|硬件及软件许可小计||1,900,000
TB:5|控制程序设计、编程及调试|1项|190,000
TB:6|操作及维护培训|1项|20,000
TB:|合计||2,110,000
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并经甲方清点签收后，支付合同总价的35%。到货签收不构成验收。
P:（三）改造完成并通过最终验收后，支付合同总价的45%。
P:（四）乙方每期收款前应提供等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同生效后七十五日内将全部设备运至甲方现场，并提供装箱单、合格证和出厂检验报告。
P:（二）停机改造窗口由甲方提前十五日书面通知。乙方须在窗口期内完成拆装和调试，实现生产线重新开机。
P:（三）乙方应在开工前提交施工方案、安全措施和回退方案，经甲方设备部门审核同意后方可进场。
H:五、验收
P:（一）生产线恢复生产后连续运行三十日，期间按下列标准进行最终验收：纵向张力波动不超过设定值的±1.5%；横拉段速度同步误差不超过0.2%；隔膜厚度极差不大于0.8微米；控制系统未发生导致停线的故障；与MES的产量、工艺参数数据交换完整无误。
P:（二）验收由甲方生产、设备、质量部门共同进行，合格后签署验收证书。开机生产或甲方使用设备不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改后重新验收，由此增加的停机损失由乙方承担。
H:六、质保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障修复、部件更换均免费。
P:（二）故障分级：一级故障指造成停线或整线失控的故障，乙方应在30分钟内远程响应，6小时内到达现场；二级故障指影响部分工位但未停线，乙方应在2小时内响应，24小时内到场；三级故障为其他问题，1个工作日内处理。
P:（三）一级故障响应或到场每迟延一小时，乙方向甲方支付¥2,000；二级故障每迟延一小时，乙方支付¥500。甲方可从应付款中直接扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供全包维保服务，包括备品备件更换、每季度预防性维护、控制程序优化，以及一名工程师每月驻场五天。
P:（二）年度维保费为硬件及软件许可小计的24%，即每年¥456,000，自质保期满次日起按年度支付。维保费在改造后设备的整个使用期内不作调整。
P:（三）维保合同每年签订一次，不自动续期；维保期间的故障响应标准和迟延扣款同第六条。
H:八、数据与信息安全
P:（一）生产线运行数据、工艺配方参数和质量数据归甲方所有，乙方仅可为调试和维保目的使用，不得复制带离或向第三方提供。
P:（二）乙方远程访问须经甲方审批，并通过甲方指定的VPN和跳板机进行，全程记录。乙方应落实病毒防护、口令管理和访问控制措施，不得在控制网络中接入未经检测的移动介质。
P:（三）因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内报告并配合处置，承担由此给甲方造成的全部损失。
H:九、保密
P:（一）乙方对甲方的工艺参数、产品配方、产能数据及本合同内容负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:十、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面及其源文件归甲方所有，甲方可自行修改或委托他人修改。
P:（二）软件许可部分的知识产权仍归原权利人，甲方享有永久使用权。乙方保证所供软件和设备不侵犯第三方权利。
H:十一、违约责任
P:（一）乙方逾期交货或未能在停机窗口内完成改造的，每逾期一日，按合同总价的0.08%支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意或重大过失、侵犯知识产权及第八条所述情形造成的损失不受此限。
P:（三）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十二、分包
P:（一）乙方不得转包。电气安装等辅助工作需要分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十三、合同解除
P:（一）乙方逾期超过二十日、验收两次不合格或有其他重大违约且在甲方书面催告后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、项目管理与安全施工
P:（一）乙方应指定具有同类薄膜生产线改造经验的项目经理常驻现场，负责进度、质量和安全管理，未经甲方同意不得更换。
P:（二）乙方进场人员须接受甲方安全培训，遵守甲方动火、登高、断电挂牌等作业规定，特种作业人员应持证上岗。因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。
P:（三）乙方应在改造前对原控制程序和工艺参数进行完整备份，并制定回退方案；改造期间每日向甲方报告当日进度及次日计划。
P:（四）乙方应提交竣工资料，包括电气原理图、接线图、I/O点表、带注释的程序、备件清单和操作维护手册，纸质版两套并附电子版。
P:（五）乙方应为甲方电气工程师和操作人员提供不少于三十学时的培训，内容包括系统原理、日常操作、故障诊断和程序备份恢复，培训结束后进行考核，考核不合格的人员由乙方免费再次培训。
H:十五、不可抗力
P:（一）因地震、洪水、台风等不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行或解除合同。
H:十六、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交无锡仲裁委员会仲裁。
P:（二）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：宜兴卓膜新材料股份有限公司　　乙方（盖章）：无锡恒控自动化工程有限公司
P:代表签字：　　　　　　　　代表签字：
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁五金店 (70 家) 进销存及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """铺链云门店管理系统订阅及实施服务合同

合同编号：PLY-2025-FS-0219
甲方：佛山市金匠五金连锁有限公司
乙方：广州铺链云科技有限公司

甲方在佛山、中山、江门三地经营70家五金门店，现有收银和库存系统分散，会员积分无法跨店使用。乙方提供“铺链云”零售门店SaaS服务。双方就甲方订阅该服务并由乙方实施上线一事，达成如下协议。

第一条 服务内容
（1）乙方向甲方70家门店及总部提供铺链云进销存、收银、会员及积分、商品主数据、门店调拨和经营报表等SaaS服务，甲方员工通过浏览器、收银终端和手机端使用。
（2）实施服务包括：商品主数据（约4.6万个SKU）及会员数据迁移，门店收银终端配置，与甲方财务系统及电子发票平台的接口开发，总部和门店人员培训，上线保障。
（3）培训：乙方为每家门店店长和收银员提供现场或远程培训，为总部采购、财务、会员运营人员提供专题培训，并提供中文操作手册和视频教程。
（4）服务期为三个服务年度，自“上线日”起计算。上线日指70家门店全部切换至本系统并通过第四条验收之日。

第二条 费用
（1）费用明细如下：
项目 | 单价 | 数量 | 金额（元）
门店订阅费 | 3,600元/店/服务年度 | 70店×3个服务年度 | 756,000
总部模块订阅费 | 48,000元/服务年度 | 3个服务年度 | 144,000
实施费（一次性） | — | 1项 | 168,000
合计 | | | 1,068,000
（2）服务期内订阅费单价不变。门店数量增加的，按同一单价按月折算增收；减少不超过5家的，订阅费不作调整。

第三条 付款
（1）合同签订后七个工作日内，甲方支付实施费¥168,000及首个服务年度订阅费¥300,000，合计¥468,000。
（2）第二、第三个服务年度的订阅费，甲方于该服务年度开始前十个工作日内支付。
（3）乙方收款前应开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在收到第三条第（1）项款项后六十日内完成全部门店上线。
（2）上线验收标准：70家门店连续十个营业日收银、库存、会员功能正常；期末库存与实地盘点结果的差异不超过千分之二；迁移的会员及积分余额与原系统逐户核对一致；与财务系统和电子发票平台的对账无差异。验收合格后双方签署上线确认书。
（3）门店试用或开始收银不等于验收合格。
（4）上线按三个批次进行：第一批10家试点门店，第二批30家，第三批30家，每批间隔不少于七日，前一批运行稳定后方可切换下一批。
（5）上线每逾期一日，乙方按每日¥800向甲方支付违约金，累计不超过实施费的一半。

第五条 服务水平
（1）系统月度可用率不低于99.95%，不含提前三日通知并安排在夜间闭店时段的维护。
（2）一级故障（全部或多家门店无法收银）：15分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）：1小时内响应，8小时内解决；三级问题：1个工作日内答复。
（3）月度可用率每低于承诺值0.1个百分点，乙方抵扣当月订阅费的5%；一级故障恢复每超时一小时，抵扣当月订阅费的2%；单月抵扣合计不超过当月订阅费的一半，在下一期费用中扣减。

第六条 数据
（1）甲方的商品、库存、销售、会员及交易数据属于甲方。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得对外提供，也不得以脱敏或汇总等方式另作他用。
（2）乙方应按网络安全等级保护第三级要求运行服务平台，数据存储在中国境内，对会员手机号等个人信息加密存储，实行最小权限访问和操作日志留存。
（3）乙方每日备份数据，并每季度进行一次恢复演练。
（4）发生数据泄露或丢失的，乙方应在12小时内书面通知甲方，采取补救措施，并赔偿甲方因此遭受的损失，包括向会员承担的赔偿和监管罚款。
（5）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除。

第七条 保密
双方对合作中获知的对方商业秘密、经营数据和本合同条款负有保密义务，未经对方书面同意不得披露。本义务在合同终止后继续有效。

第八条 知识产权
（1）铺链云平台及其标准功能的知识产权归乙方。
（2）乙方为甲方定制开发的接口程序、专属报表及其文档归甲方所有，甲方可自行修改，或交由第三方使用和维护。

第九条 服务委托
乙方可将门店终端安装、上门培训及现场上线保障等工作委托第三方服务商完成，提前书面通知甲方即可，乙方对服务商的工作成果负责。

第十条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权以及故意或重大过失造成的损失除外。

第十一条 期满与续约
服务期满不自动续约。甲方需要续订的，双方另行签订书面合同，续订单价由双方协商确定。

第十二条 解除
（1）乙方上线逾期超过三十日、连续两个月可用率未达承诺值、发生重大数据安全事件，或有其他重大违约经甲方书面通知后十五日内未纠正的，甲方有权解除合同。
（2）甲方依前项解除合同的，乙方退还未履行期间的订阅费（按月折算），并赔偿甲方损失。

第十三条 双方义务
（1）甲方应指定项目联系人，按乙方实施计划提供门店清单、商品及会员原始数据、收银终端和网络条件，组织门店人员参加培训。
（2）乙方应指定项目经理和不少于四名实施顾问，按周提交实施进度报告，每批门店切换前完成模拟收银演练并制定应急回退方案。
（3）乙方提供的收银终端驱动、小票打印模板和电子秤对接程序应与甲方现有设备兼容；不兼容的，由乙方负责适配。
（4）服务期内，乙方应每季度为甲方总部进行一次使用情况回顾，分析门店使用问题并提出改进建议。
（5）甲方新开或关闭门店的，应提前十五日通知乙方；新门店的终端配置和人员培训由乙方负责，不另收实施费。
（6）乙方应每天8:00至22:00提供电话和在线客服，门店人员可直接报修，并可在系统内查询报修单的处理进度。

第十四条 版本更新
（1）乙方可对平台进行版本更新，但应提前五个工作日通知甲方更新内容；涉及收银流程、会员积分规则的变更，应先在测试环境中经甲方确认。
（2）版本更新不得减少甲方已订阅的功能，也不得额外收费。

第十五条 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失；不可抗力持续超过三十日的，甲方可解除合同，乙方退还未履行期间的订阅费。乙方所用云服务商机房或网络故障导致的服务中断，不属于不可抗力。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

第十七条 通知及其他
本合同项下的通知以书面形式送达双方登记地址，或发送至双方指定的电子邮箱。本合同附件包括门店清单、上线实施计划和接口说明，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：佛山市金匠五金连锁有限公司
乙方（盖章）：广州铺链云科技有限公司
日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  市科学技术局 科技项目管理系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z04 = """临州市科技项目管理系统运维服务合同

项目编号：LZKJ-CS-2025-08（竞争性磋商）
甲方（采购人）：临州市科学技术局
乙方（成交供应商）：临州数维信息服务有限公司

依据本项目磋商文件、乙方响应文件及成交通知书，双方就临州市科技项目管理系统（含项目申报、形式审查、专家评审、立项、中期检查、验收结题、经费监管及专家库子系统）的运维服务订立本合同。

1. 服务范围
1.1 应用系统运维：日常巡检、故障处理、缺陷修复、小型功能调整（每服务年度累计不超过120人天）及申报高峰期保障。
1.2 数据库和中间件运维：备份检查、性能调优、补丁更新和容量规划。
1.3 安全运维：漏洞扫描及整改、日志审计、配合网络安全等级保护测评和主管部门的安全检查。
1.4 技术咨询：为甲方业务处室提供系统使用咨询，每季度组织一次面向申报单位的线上操作培训。
1.5 驻场服务：乙方派两名工程师在甲方驻场，工作日8:30至17:30；项目申报截止前五个工作日延长至22:00。
1.6 系统迁移配合：配合甲方将系统迁移至市政务云新资源池，包括环境部署、数据迁移核对和切换保障。

2. 服务期与费用
2.1 服务期自2025年7月1日起至2026年6月30日止，为一个服务年度。
2.2 运维服务费总额为人民币叁拾捌万陆仟元整（¥386,000），含驻场人员费用、工具、差旅及税费。
2.3 服务费按季度支付，每季度¥96,500，于该季度考核合格后十五个工作日内支付。本合同不设预付款。
2.4 服务费包含乙方为完成本合同服务所需的一切费用，甲方不再支付其他费用。功能调整工作量超出1.1约定上限的，双方另行协商。

3. 服务水平
3.1 系统可用率：每季度不低于99.5%，经甲方批准的计划停机时段除外。
3.2 故障分级及处理时限：
（1）一级故障（系统无法访问，或申报、评审功能中断）：30分钟内响应，2小时内恢复；
（2）二级故障（部分功能异常，不影响主要业务）：1小时内响应，8小时内解决；
（3）三级故障（一般问题和咨询）：1个工作日内解决。
3.3 乙方应建立运维工单台账，所有故障和服务请求均登记工单，甲方可随时查询处理进度。
3.4 乙方每月提交运维月报，每季度提交巡检报告和安全自查报告。
3.5 乙方应对系统性能进行持续监测，主要页面响应时间不超过3秒，发现性能下降应及时分析原因并优化。

4. 考核与扣款
4.1 甲方每季度对服务水平达成情况、运维报告质量、工单闭环情况进行考核，出具季度考核意见。
4.2 季度可用率低于承诺值的，每低0.1个百分点扣减当季服务费的2%；一级故障每超时一小时扣¥800；二级故障每超时一小时扣¥200。季度扣款累计不超过当季服务费的20%，扣款从当季服务费中直接扣除。

5. 进场与交接
5.1 乙方应在服务期开始前完成与原运维单位的交接，包括文档、账号、备份和遗留问题清单，并提交交接报告。
5.2 驻场人员应在服务期开始之日到岗；首次全面巡检报告应在服务期开始后十五日内提交。
5.3 交接报告、驻场到岗或首次全面巡检报告逾期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
5.4 乙方应在服务期开始后三十日内完成系统现状评估，提交系统架构、资产清单和风险隐患报告。

6. 验收
6.1 季度考核合格是支付当季服务费的前提。
6.2 服务期满后甲方组织年度验收，验收标准为：四个季度考核均为合格；运维文档、配置清单、账号清单及源代码变更记录完整移交；未发生因乙方原因导致的数据安全事件；功能调整工作量已按工单逐项确认。
6.3 年度验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方可按第11条处理。
6.4 年度验收合格后，甲方出具验收意见书，作为对乙方履约情况评价的依据。

7. 数据安全
7.1 系统中的项目申报材料、评审意见、专家信息和经费数据属于甲方所有，乙方仅为运维目的接触，不得复制、留存或用于其他用途。
7.2 乙方人员须签署安全承诺书，仅能通过甲方堡垒机进行操作，禁止使用个人设备存储系统数据；乙方应落实漏洞修复、数据备份和恢复演练等安全措施。
7.3 因乙方原因发生数据泄露、损毁或系统被攻击的，乙方应立即报告，在甲方指导下处置，并承担相应法律责任，赔偿甲方损失。
7.4 乙方应每季度对驻场人员进行安全教育；服务期满时交回全部账号和介质，并书面确认未留存甲方数据。

8. 保密
乙方对运维过程中接触的未公开评审信息、专家名单、申报单位技术资料负有保密义务，不得向任何第三方披露。乙方驻场人员离岗时应交回全部资料和账号。本条义务在合同终止后继续有效。

9. 知识产权
运维过程中形成的脚本、文档、配置及修改后的源代码，其知识产权归甲方所有。乙方在本合同之外使用上述成果的，须经甲方书面同意。

10. 分包
乙方不得分包或转包本合同项下的任何服务。

11. 违约与解除
11.1 乙方季度考核不合格的，应限期整改。
11.2 乙方连续两个季度考核不合格、发生重大数据安全事件，或有其他重大违约且经甲方书面通知后十日内未纠正的，甲方有权解除合同，按实际服务期结算，并要求乙方赔偿损失。
11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

12. 期满
服务期满本合同自然终止，不自动续期。甲方是否继续采购，依政府采购程序另行确定。服务期满前三十日，乙方应配合甲方完成与后续运维单位的交接，移交全部文档、账号、备份和遗留问题清单，交接期间不得中断服务。

13. 人员要求
13.1 乙方驻场工程师应具备三年以上应用系统或数据库运维经验，其中至少一人持有数据库管理相关认证。
13.2 乙方更换驻场人员应提前十个工作日书面告知甲方，并完成工作交接；甲方认为驻场人员不能胜任的，乙方应在十个工作日内更换。
13.3 乙方应建立二线技术支持团队，对驻场人员无法处理的问题提供远程或现场支持。

14. 应急保障
14.1 乙方应制定系统故障、数据损坏、网络攻击等应急预案，每半年组织一次应急演练，并向甲方提交演练报告。
14.2 在项目集中申报、专家评审会议等重要时段，乙方应提前进行专项巡检，并安排人员现场值守。
14.3 发生一级故障时，乙方应每半小时向甲方报告一次处理进展，故障恢复后三个工作日内提交故障分析报告。

15. 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明；双方可根据影响程度延期履行或解除合同。

16. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，向甲方所在地人民法院提起诉讼。

17. 其他
17.1 磋商文件、响应文件及成交通知书为本合同组成部分。
17.2 本合同附件包括运维服务考核表、驻场人员名单和应急预案。
17.3 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：临州市科学技术局
乙方（盖章）：临州数维信息服务有限公司
签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  米酒厂 ERP licence + custom development, supplier's template (many problems) — .md, "## 第X条" + 1.1
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 云酿ERP软件许可及实施合同

（乙方标准合同文本 YN-HT-V3.2）

**甲方：** 孝感市福泉米酒酿造有限公司

**乙方：** 武汉云酿软件有限公司

甲方为提升采购、生产、库存和销售管理水平，选用乙方云酿ERP（酒水酿造行业版）。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供云酿ERP（酒水酿造行业版）软件许可，包含财务、采购、库存、销售、生产、质量追溯六个模块，并发用户30个。

1.2 乙方根据甲方需求，在标准产品上进行定制开发，内容为：酿造批次追溯、发酵工艺参数采集、经销商返利计算、电商平台订单对接。

1.3 乙方负责系统安装、基础数据初始化和操作培训。

1.4 乙方授权甲方使用的模块及用户数以乙方出具的授权文件为准；增加用户数的，按乙方当时报价另行购买。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云酿ERP软件许可（30用户，永久） | 420,000 |
| 2 | 定制开发 | 260,000 |
| 3 | 实施及培训 | 80,000 |
| | 合计 | 760,000 |

合同总额为人民币柒拾陆万元整（¥760,000），含增值税。上述价格不含服务器、数据库、操作系统等第三方软硬件，以及甲方要求的长期驻场服务，如需提供，另行报价。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总额的65%，即¥494,000。

3.2 系统上线后五个工作日内，甲方支付合同总额的35%，即¥266,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施和服务，工期相应顺延。

3.4 乙方收到款项后开具增值税普通发票。

## 第四条 实施

4.1 乙方在收到首期款后开始实施，计划工期为九十日。

4.2 上述工期为计划工期，仅供参考。因甲方需求变更、基础数据准备不及时、配合不到位等原因造成延误的，工期相应顺延，乙方不承担责任。

4.3 甲方应指定项目负责人，提供实施所需的场地、服务器和网络环境，并按乙方要求准备基础数据。

4.4 实施分为需求调研、蓝图设计、系统配置与开发、数据初始化、上线切换等阶段，各阶段成果以乙方提交的文档为准。

4.5 乙方根据需求调研结果编制需求规格说明书，经甲方签字确认后作为定制开发的依据；确认后的需求变更，乙方有权另行收费并顺延工期。

## 第五条 验收

5.1 系统安装完毕并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的问题和改进要求，按第六条的维护约定处理，不影响验收结论和付款。

5.3 甲方在系统上线后继续使用系统的，视为对系统功能和质量无异议。

## 第六条 免费维护

6.1 免费维护期为系统上线之日起六个月。

6.2 维护期内，乙方提供电话、远程和必要的现场支持。一级故障（系统无法登录或无法开单）乙方在24小时内响应；其他问题在3个工作日内响应。

6.3 响应时间为乙方的服务目标，乙方不对此作出赔付承诺，响应超时的，乙方不承担扣款、赔偿或其他违约责任。

6.4 免费维护的范围为软件缺陷修复、操作咨询和标准版补丁更新。因甲方数据错误、操作不当、擅自修改系统或第三方软硬件原因导致的问题，不在免费维护范围内。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。

7.2 未签订维护协议的，乙方按次收费提供服务，收费标准以乙方届时报价为准。

## 第八条 知识产权

8.1 云酿ERP软件以及乙方为甲方定制开发的全部功能、程序、源代码和文档，其知识产权均归乙方所有。

8.2 甲方仅在本企业内部享有非独占、不可转让的使用权，不得修改、反编译，不得提供给任何第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意，乙方可将甲方数据经脱敏处理后，用于产品改进、行业分析以及对外发布酿酒行业研究报告。

9.3 乙方对其接触的甲方数据采取加密传输、权限管理和操作日志等安全措施；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

10.2 甲方不得向第三方披露本合同价格及乙方产品的技术资料。

10.3 保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任累计不超过合同总额的百分之二十，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，对方有权解除本合同。

12.2 合同解除后，甲方应支付乙方已完成工作的费用，已交付的软件许可费不予退还。

12.3 因甲方原因导致合同解除的，已收款项不予退还；合同解除后，甲方应停止使用定制开发的功能并删除相关程序。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人及各模块关键用户，及时确认需求调研报告、蓝图方案和测试结果。

13.2 甲方应按乙方要求提供服务器、数据库、网络和终端环境，并承担相应费用。

13.3 甲方负责整理并提供物料、客户、供应商、期初库存和期初财务余额等基础数据，并对其准确性负责。

13.4 甲方应确保关键用户参加培训，并按乙方操作规范使用系统。因甲方操作不当造成的问题，乙方提供服务的，另行收费。

## 第十四条 培训与文档

14.1 乙方提供系统管理员培训两天、关键用户培训五天，培训地点在甲方现场，差旅费用包含在实施费中。

14.2 乙方提供标准版用户手册电子版；定制开发功能的说明以乙方提供的操作说明为准。

14.3 甲方需要额外培训的，按每人天3,000元另行收费。

## 第十五条 不可抗力

因不可抗力致使一方不能履行合同的，该方不承担责任，但应及时通知对方，并在不可抗力消除后继续履行。

## 第十六条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的《云酿软件服务规范》为准。

17.2 本合同附件包括报价单、需求调研报告和实施计划；附件与本合同不一致的，以本合同为准。

17.3 甲方签署本合同即表示已阅读并理解全部条款，特别是第五条、第七条、第八条、第九条和第十一条。

17.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：孝感市福泉米酒酿造有限公司　　　　乙方（盖章）：武汉云酿软件有限公司

日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Zigong lantern workshop, frame-design software, perpetual licences; Georgian vendor — .pdf, Article N / N.N
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES CONTRACT
P:Contract No. ZG-LF-2025-031
P:This Contract is made between Zigong Huacai Lantern Craft Workshop Co., Ltd., a company registered in the People's Republic of China, No. 16 Caideng Road, Ziliujing District, Zigong, Sichuan Province (the "Buyer"), and Kartli Frameworks LLC, a limited liability company registered in Georgia, 7 Kostava Street, Rustavi, Georgia (the "Vendor").
P:Background. The Buyer designs and builds large illuminated lantern sets for festivals in China and abroad. Its engineers draw steel-wire and bamboo frames by hand and check loads with spreadsheets. The Vendor develops FrameCraft, a design package for light-gauge steel and wire frame structures with load checks and cutting-list export. The Buyer wishes to acquire perpetual licences for FrameCraft, a library of lantern frame templates prepared for the Buyer, and installation and training services. At the Buyer's request all prices in this Contract are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FrameCraft version 6, desktop edition, with the Structural Check and CNC Export modules, in object code, together with its user documentation and any corrections supplied under this Contract.
P:1.2 "Template Library" means the library of parametric lantern frame templates (animal figures, pagodas, arches, dragons and moving-part joints) that the Vendor will prepare from the Buyer's drawings under Article 3.
P:1.3 "Installation Certificate" means the note signed by both parties when the Software is installed on all workstations.
P:1.4 "Final Acceptance" means the Buyer's written confirmation issued under Article 6.
P:1.5 "Contract Price" means the total price stated in Article 4.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer twelve perpetual, non-exclusive, non-transferable named-user licences to install and use the Software at the Buyer's premises in Zigong and at temporary exhibition sites where the Buyer erects lantern sets, in China or elsewhere.
P:2.2 The Buyer may make backup copies and may move a licence from one employee to another through the Vendor's licence portal at no charge.
P:2.3 The licences do not expire and do not depend on the purchase of support services.
H:Article 3 Scope of Work
P:3.1 The Vendor shall install the Software on twelve workstations and one licence server, configure the material tables for the steel wire, flat bar and bamboo grades used by the Buyer, and connect the CNC Export module to the Buyer's two wire-bending machines.
P:3.2 The Vendor shall prepare the Template Library from forty reference drawings supplied by the Buyer, each template with adjustable dimensions, joint details and a load case for wind and for the weight of lamps and fabric.
P:3.3 The Vendor shall train eight design engineers (five days, on site in Zigong, with an interpreter provided by the Vendor) and two system administrators (one day).
P:3.4 The work shall be completed and ready for acceptance testing within seventy days after signature of this Contract.
H:Article 4 Contract Price
P:4.1 The Contract Price is CNY 700,000, fixed, inclusive of all taxes, travel and expenses, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|FrameCraft perpetual named-user licence|12|552,000
TB:2|Lantern Template Library|1|84,000
TB:|Licence subtotal||636,000
TB:3|Installation and configuration|1|38,000
TB:4|Training|1|26,000
TB:|Total Contract Price||700,000
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 140,000) within fifteen days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 385,000) within fifteen days after the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:5.3 The Buyer shall pay the balance of 25% (CNY 175,000) within fifteen days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY. Bank charges outside China are borne by the Vendor.
H:Article 6 Acceptance
P:6.1 Acceptance tests shall be run on site by the Buyer's engineers with the Vendor's assistance, according to a test plan agreed within twenty days after signature.
P:6.2 Final Acceptance requires that: (a) three reference frames chosen by the Buyer (a dragon, a pagoda and an arch) are modelled from the Template Library, and the member forces computed by the Software differ from the Buyer's independent calculation by no more than 3% for every member; (b) cutting lists exported to both wire-bending machines produce parts within 2 mm of the model; (c) all twelve workstations and the licence server run for ten working days without a Severity 1 fault; and (d) the training has been delivered and the documentation handed over.
P:6.3 If a test fails, the Vendor shall correct the defect within ten days and the test shall be repeated. Installation, use of the Software in production or any payment is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Template Library will perform in accordance with the documentation and Article 6 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects and supply all new versions free of charge.
P:7.2 Faults are classified as follows. Severity 1: the Software cannot start, cannot save designs or gives wrong load results. Severity 2: a module or export function fails but work can continue. Severity 3: other questions. The Vendor shall respond by remote session within 2 hours to a Severity 1 fault and restore working order within 24 hours; Severity 2 within 8 business hours; Severity 3 within two business days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Vendor shall pay CNY 300, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Buyer may order annual support (corrections, new versions and the same response times) for each Support Year at 9% of the licence subtotal, that is CNY 57,240 per Support Year. This fee is fixed for the first three Support Years after the warranty. Support is ordered by written purchase order for each Support Year and does not renew automatically.
H:Article 8 Buyer Data and Security
P:8.1 Design files, drawings, calculations and project data created or held by the Buyer ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to provide support under this Contract.
P:8.2 Remote support sessions take place only with the Buyer's approval for each session, through a tool chosen by the Buyer, and are logged. The Vendor shall not copy Buyer Data outside the Buyer's systems, shall use encrypted connections, and shall restrict access to named support engineers.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any unauthorised access to or loss of Buyer Data of which it becomes aware, cooperate in limiting the harm, and is liable for losses caused by its breach of this Article.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor.
P:9.2 The Template Library and all templates, configuration files and material tables prepared for the Buyer under this Contract belong to the Buyer from their creation. The Buyer may use, modify, copy and license them freely, including to its contractors. The Vendor shall deliver them in editable form.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software or the deliverables infringe third-party rights and shall bear the resulting costs and damages.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's lantern designs before their public display, and shall not disclose it without prior written consent. This obligation continues after the Contract ends.
H:Article 11 Delay and Liability
P:11.1 If the work is not ready for acceptance testing by the date in Article 3.4, or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Vendor under this Contract is limited to twice the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 9.3 or breach of Article 8.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any subcontractor approved.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Vendor commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum. The Vendor shall then refund the amounts paid for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of Georgia.
P:14.2 Any dispute shall be finally resolved by arbitration at the Georgian International Arbitration Centre in Tbilisi under its rules, in English, by a sole arbitrator.
H:Article 15 Final Provisions
P:15.1 This Contract is written in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ____________________ Date: __________
P:For the Vendor: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Sanya diving-school booking SaaS, Order Form + General Terms; Armenian vendor — .md
# ----------------------------------------------------------------------------------------------------------------
E02 = """# DiveDesk Order Form and General Terms

Order Form No. DD-CN-2025-014

## Part A — Order Form

**Customer:** Sanya Blue Reef Diving Education Co., Ltd., Building 3, Luling Road, Dadonghai, Jiyang District, Sanya, Hainan Province, People's Republic of China.

**Vendor:** Lernagorts Software CJSC, 12 Myasnikyan Street, Dilijan, Tavush Province, Republic of Armenia.

**Service:** DiveDesk online booking, course management and equipment-rental platform, including the customer booking widget, the instructor app and the dive-centre back office.

**A1. Subscription Term.** The Subscription Term starts on the Go-Live Date and runs for two Subscription Years. A "Subscription Year" is each successive period that starts on the Go-Live Date or on an anniversary of it and ends on the day before the next anniversary.

**A2. Fees.** At the Customer's request, all fees are stated and invoiced in Chinese yuan (CNY).

| Item | Basis | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|
| Platform fee | flat | 96,000 | 192,000 |
| Dive-centre licences | 6 centres × CNY 14,000 | 84,000 | 168,000 |
| Onboarding (one-time) | fixed | — | 22,000 |
| **Total fees for the Subscription Term** | | | **382,000** |

Payment-processing charges of third-party payment providers are charged by those providers directly and are not part of the fees.

**A3. Invoicing.** The onboarding fee is invoiced on the Go-Live Date, after Go-Live Acceptance. The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within thirty days of the invoice. No fees are invoiced before the Go-Live Date.

**A4. Onboarding.** The Vendor will configure the platform for the Customer's six dive centres (Dadonghai, Sanya Bay, Wuzhizhou Island, Yalong Bay, Houhai and Lingshui), import the course catalogue, instructor schedules and equipment inventory, set up Chinese and English booking pages, connect WeChat Pay and Alipay through the Customer's merchant accounts, and train the Customer's staff.

**A5. Go-Live Acceptance.** Go-Live takes place when the Customer signs a Go-Live Acceptance note after the following tests succeed: (a) fifty test bookings across all centres, course types and payment methods are recorded correctly and appear in the back office and instructor app; (b) the imported equipment inventory matches the Customer's count for every centre; (c) refunds and cancellations post correctly to the payment accounts; and (d) both language versions of the booking pages display correctly on mobile phones. Use of the platform for live bookings before the note is signed is not acceptance.

**A6. Go-Live Date.** The Vendor will make the platform ready for Go-Live Acceptance within forty-five days after signature. If it is late for reasons within the Vendor's control, the Vendor will pay CNY 250 for each day of delay.

**A7. Renewal.** After the Subscription Term this Order Form renews automatically for further Subscription Years unless either party gives notice of non-renewal at least sixty days before the end of the current Subscription Year. For each renewal Subscription Year the Vendor may increase the fees by up to 8% by giving notice at least ninety days before the renewal.

**A8. Hosting.** The platform for the Customer is hosted by Alibaba Cloud in its mainland China region, which is approved by the Customer's signature of this Order Form.

This Order Form incorporates the General Terms in Part B. If they conflict, this Order Form prevails.

## Part B — General Terms

**B1. Provision of the Service.** The Vendor will provide the Service to the Customer during the Subscription Term in accordance with the documentation and the service levels in B2. The Customer may allow its employees, instructors and freelance instructors working for it to use the Service.

**B2. Service Levels.**

2.1 Availability. The booking widget and back office will be available 99.95% of each calendar month, excluding maintenance announced at least three days in advance and scheduled between 01:00 and 05:00 Beijing time.

2.2 Support. Incidents are classified as follows.

| Priority | Definition | Response time | Target restoration |
|---|---|---|---|
| P1 | Booking or payment is unavailable for all centres | 1 hour, every day 07:00–22:00 | 6 hours |
| P2 | A function or a centre is impaired | 2 business hours | next business day |
| P3 | A question or a cosmetic issue | 1 business day | agreed case by case |

2.3 Service credits. If availability in a month falls below the commitment, the Customer receives a credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to half of that monthly amount. A P1 response more than one hour late earns a further credit of 2% for each late hour. Credits are deducted from the next invoice or refunded at the end of the term.

**B3. Customer Data.**

3.1 The Customer owns all booking records, student details, certification records, payment references and other data entered into the Service by or for the Customer ("Customer Data").

3.2 The Vendor may use Customer Data to provide the Service.

3.3 The Vendor may also use Customer Data in aggregated and de-identified form to improve and develop its products, to build demand forecasts for the diving industry, and to publish industry statistics and benchmarks, during the Subscription Term and after it ends.

3.4 The Customer is responsible for obtaining the consents of its students needed for the Vendor's processing, and for the accuracy of Customer Data.

3.5 At the end of the Subscription Term the Vendor will let the Customer export Customer Data in CSV format for thirty days, after which it may delete it.

**B4. Customer Configurations.** Booking page designs, course templates, price rules and reports configured for the Customer ("Customer Configurations") belong to the Customer. The Customer may use, copy and modify them freely and may give them to another provider. The DiveDesk platform and its standard features remain the Vendor's property.

**B5. Confidentiality.** Each party will keep confidential all non-public business, technical and financial information of the other party that it receives in connection with this Order Form, will use it only for the purposes of this Order Form and will not disclose it to third parties without the other party's prior written consent, except to its advisers bound by similar duties or as required by law. This obligation continues for three Subscription Years after the end of the Subscription Term.

**B6. Subcontracting.** Apart from the hosting provider approved in A8, the Vendor may not subcontract any part of the Service without the Customer's prior written consent. The Vendor remains responsible for all subcontractors.

**B7. Warranties.** The Vendor warrants that the Service will perform materially in accordance with its documentation and that it will provide the Service with reasonable skill and care.

**B8. Liability.** Each party's total liability under this Order Form is limited to twice the total fees for the Subscription Term stated in A2. Neither party is liable for indirect or consequential loss. These limits do not apply to personal injury, fraud or wilful misconduct.

**B9. Termination.**

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.

9.2 The Customer may also terminate if availability falls below the commitment in any three months of a Subscription Year.

9.3 On termination by the Customer under 9.1 or 9.2, the Vendor will refund the prepaid fees for the remainder of the Subscription Year.

**B10. Governing Law and Disputes.** This Order Form and the General Terms are governed by the laws of the People's Republic of China. Disputes will be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

**B11. Changes to the Service.** The Vendor may update the Service from time to time to add features or improve performance. It will announce material changes at least thirty days in advance in its release notes and will not remove a feature the Customer uses or reduce the service levels in B2 during the Subscription Term. Changes that affect the Customer's public booking pages will first be made available in a test environment for the Customer to review.

**B12. Training and Documentation.** During onboarding the Vendor will train up to twenty staff in Sanya, in Chinese, with an interpreter if needed, and will provide administrator and instructor guides in Chinese and English. After Go-Live the Vendor will provide two remote refresher sessions in each Subscription Year at no extra charge, timed before the high season.

**B13. Customer Responsibilities.** The Customer will appoint an administrator, maintain its list of users, make sure that its staff use the Service in accordance with the documentation, and provide the course, schedule and equipment information needed for onboarding on time.

**B14. Force Majeure.** Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, regional power failures or government orders, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits under B2.3 are not due for unavailability caused by such events. If an event prevents performance for more than sixty days, either party may terminate this Order Form by notice, and the Vendor will refund prepaid fees for the unused period.

**B15. General.** Notices must be in writing and sent by email with confirmation. Neither party may assign this Order Form without the other's written consent. This Order Form is the entire agreement of the parties on its subject.

Signed for the Customer: ____________________ Name / Title / Date

Signed for the Vendor: ____________________ Name / Title / Date
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Heilongjiang rice farm, paddy-water sensors, buyer's paper; Kazakh integrator — .docx, Section N / N.N, table
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR PADDY WATER MONITORING SYSTEM
P:Contract No. HLJ-NC-2025-0906
P:Buyer: Heilongjiang Sanjiang Heidi Rice Farm Co., Ltd., No. 1 Nongken Street, Fujin, Jiamusi, Heilongjiang Province, People's Republic of China.
P:Supplier: Saryarka AgroSense LLP, 45 Bukhar-Zhyrau Avenue, Karaganda, Republic of Kazakhstan.
P:The Buyer farms about 6,800 hectares of irrigated paddy on the Sanjiang Plain and wishes to measure water depth in its paddy fields and canals automatically, so that irrigation can be planned from field data rather than daily walking inspections. Following the Buyer's invitation to bid, the Supplier's offer was selected. This Contract is written on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 180 ultrasonic paddy water-level sensors with solar power units, 24 LoRa gateways, 6 automatic weather stations and the AquaField monitoring software under a perpetual licence, and shall integrate them into one system (the "System").
P:1.2 The Supplier shall survey the sites with the Buyer's field managers, mark the sensor positions on the farm map, install the devices on mounting posts, configure the gateways on the Buyer's private network and install the software on the Buyer's servers at the farm headquarters.
P:1.3 The Supplier shall build for the Buyer field-level dashboards, an irrigation alarm module (low water, overflow and frost-risk alarms sent to field managers by SMS and WeChat) and a daily export to the Buyer's farm management system ("Custom Work").
P:1.4 The Supplier shall train twelve field managers and two IT staff.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,200,000, fixed and inclusive of all taxes, duties, customs clearance, freight to Fujin, installation and travel. It is broken down as follows.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic water-level sensor with solar unit|180|3,200|576,000
TB:2|LoRa gateway|24|9,500|228,000
TB:3|Automatic weather station|6|18,000|108,000
TB:4|AquaField software, perpetual licence|1|146,000|146,000
TB:|Hardware and licence subtotal|||1,058,000
TB:5|Site survey, installation, configuration and Custom Work|1|124,000|124,000
TB:6|Training|1|18,000|18,000
TB:|Contract Price|||1,200,000
H:Section 3 Payment
P:3.1 Advance: 10% of the Contract Price (CNY 120,000) within twenty days after signature, against an advance payment guarantee issued by a bank in China.
P:3.2 Installation: 55% of the Contract Price (CNY 660,000) within twenty days after the Buyer signs the installation record for all devices. The installation record is not acceptance.
P:3.3 Final: 35% of the Contract Price (CNY 420,000) within twenty days after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid invoice. All payments are made in CNY to the Supplier's account stated in the invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all devices to the farm headquarters within sixty days after signature and complete installation before 20 May 2026, so that the System is operating before transplanting.
P:4.2 The Supplier shall follow the Buyer's field safety rules, shall not damage dikes or irrigation structures, and shall restore any damage at its own cost.
P:4.3 Liquidated damages: if delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.4 The Supplier is responsible for export and import formalities, radio type approval of the sensors and gateways for use in China, and all duties and charges, and shall hand the certificates to the Buyer with the devices.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for a trial period of thirty consecutive days during the irrigation season.
P:5.2 Final Acceptance requires that: (a) for a sample of twenty sensors chosen by the Buyer, the water depth reported differs from manual gauge readings by no more than 1 cm; (b) every sensor reports at least once every fifteen minutes, with no sensor missing more than six readings on any day of the trial period; (c) every alarm type has been triggered in a test and reached the named field managers within two minutes; (d) the daily export has loaded into the farm management system without error on every day of the trial; (e) no Severity 1 fault has occurred in the last fifteen days of the trial; and (f) the documentation, passwords and source files of the Custom Work have been handed over.
P:5.3 If the criteria are not met, the Supplier shall correct the defects and the trial shall be repeated for the failed items. Installation, operation of the System or payment under Section 3.2 is not acceptance. Final Acceptance is confirmed by a certificate signed by the Buyer.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System, including every device, the software and the Custom Work, for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective devices, correct software defects and supply software updates free of charge, including parts, labour and travel.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare gateway at the farm during the warranty period.
H:Section 7 Service Levels
P:7.1 Faults are classified as follows. Severity 1: the monitoring platform is down, alarms are not sent, or more than twenty sensors are offline. Severity 2: up to twenty sensors or one weather station offline. Severity 3: other problems.
P:7.2 The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote session and restore service within 24 hours, with an engineer on site if needed; Severity 2 within 8 hours' response and 72 hours' repair; Severity 3 within two business days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 400; for Severity 2, CNY 100 for each day of late repair. The Buyer may deduct these amounts from any payment due.
H:Section 8 Support after Warranty
P:8.1 After the warranty period, the Buyer may order annual support on the terms of Sections 6 and 7 at 6% of the hardware and licence subtotal, that is CNY 63,480 per support period. This price is fixed for three support periods. Support is ordered by separate purchase order for each period and does not renew automatically.
H:Section 9 Data and Security
P:9.1 All field, water-level, weather and irrigation data collected by the System ("Farm Data") belong to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not copy, sell or analyse it for any other purpose.
P:9.2 The System and Farm Data are hosted on the Buyer's servers. The Supplier shall change all default passwords, encrypt the LoRa network, give remote access only through the Buyer's VPN with individual accounts approved by the Buyer, and keep access logs.
P:9.3 The Supplier shall report any security incident affecting Farm Data or the System to the Buyer within 12 hours, take remedial action and compensate the Buyer for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Contract, including the Buyer's yields, field maps and irrigation plans, and shall not disclose it to third parties without written consent. This obligation continues after termination.
H:Section 11 Intellectual Property
P:11.1 The AquaField software remains the Supplier's property, licensed to the Buyer perpetually under Section 1.1.
P:11.2 The Custom Work, including its source files and documentation, belongs to the Buyer, which may use, modify and license it freely.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. A local installation team approved by the Buyer in writing may carry out post mounting, and the Supplier remains responsible for it.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum.
H:Section 15 Training and Documentation
P:15.1 Training shall take place at the farm headquarters before the trial period, in Chinese, and cover daily use of the dashboards, alarm handling, battery and sensor cleaning, gateway replacement and data export. The Supplier shall provide printed and electronic manuals in Chinese, as-built drawings showing every device position with its coordinates, and the configuration backup of every gateway.
H:Section 16 Force Majeure
P:16.1 A party prevented from performing by flood, extreme weather, epidemic controls or similar events beyond its control shall notify the other party within five days with evidence, and the time for performance shall be extended accordingly. Delay damages do not accrue for such periods. If the event lasts more than ninety days, either party may terminate this Contract, and the parties shall settle the value of work done.
H:Section 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 18 Miscellaneous
P:18.1 This Contract is made in Chinese and English, both equally valid, in four originals. It takes effect on signature and seal by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Jinjiang sports-shoe maker, managed endpoint service; Turkish provider — .md, numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Endpoint Services Agreement

Agreement No. JJ-MES-2025-27

**Customer:** Fujian Jinjiang Feiyue Sports Shoes Co., Ltd., No. 88 Yangguang Road, Chendai Town, Jinjiang, Fujian Province, People's Republic of China.

**Provider:** Erciyes Bilişim Hizmetleri A.Ş., Organised Industrial Zone, 12th Street No. 9, Melikgazi, Kayseri, Türkiye.

**Background.** The Customer runs two footwear factories, a design centre and a sales office with about 1,450 desktop and laptop computers. It wants a single provider to manage them remotely and on site. The Provider offers managed endpoint services from its service desk and through a team based in Quanzhou. At the Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 "Endpoints" means the Customer's desktops, laptops and shop-floor terminals listed in the asset register agreed during onboarding, about 1,450 at signature.

1.2 "Services" means the managed endpoint services described in Clause 3.

1.3 "Service Acceptance" means the Customer's written confirmation under Clause 5.

1.4 "Customer Data" means all data stored on or passing through the Endpoints, and all inventory, configuration, log and ticket data produced by the Provider's tools about the Endpoints.

## 2. Term

2.1 The Services run for an Initial Term of 36 months from Service Acceptance.

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Provider shall: (a) deploy and operate its endpoint management and endpoint detection tools on all Endpoints; (b) apply operating system and application patches; (c) maintain standard images for office, design and shop-floor computers; (d) run a service desk in Chinese for the Customer's users; (e) provide one on-site engineer at each factory on working days; (f) replace failed disks, memory and keyboards from the Customer's spare stock; and (g) report monthly on patch status, incidents and asset changes.

3.2 The Services are delivered in Chinese. The service desk operates from 07:30 to 21:30 every day, with an engineer on call for P1 incidents at other times.

3.3 The Customer's CAD workstations at the design centre are included, with their design software managed under the Customer's own licences.

## 4. Onboarding

4.1 The Provider shall complete onboarding (asset discovery, tool deployment, image build, service desk set-up and knowledge transfer from the Customer's IT team) within sixty days after signature.

4.2 If Service Acceptance is delayed beyond that date for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.

## 5. Service Acceptance

5.1 Service Acceptance requires that: (a) the management agent reports from every Endpoint in the asset register; (b) a test patch cycle has been completed on all Endpoints within seven days; (c) restoration from each standard image has been demonstrated; (d) the service desk has handled tickets for ten working days within the service levels in Schedule 1; and (e) the runbooks have been delivered.

5.2 The Customer shall confirm Service Acceptance in writing within five working days after the Provider shows that the criteria are met, or list the failures. Starting to use the Services is not Service Acceptance.

## 6. Service Levels and Credits

6.1 The Provider shall meet the response and resolution times in Schedule 1.

6.2 If the Provider misses a response or resolution time, it shall grant the service credits in Schedule 1. Credits are deducted from the next monthly invoice. Credits in a month may not exceed 25% of that month's monthly charge.

## 7. Charges and Payment

7.1 The charges are set out in Schedule 2. They are fixed for the Initial Term.

7.2 The onboarding charge is invoiced after Service Acceptance. The monthly charge is invoiced at the end of each month in arrears. Invoices are payable within thirty days. No charges are payable in advance.

7.3 If the number of Endpoints changes by more than fifty, the monthly charge is adjusted at the per-Endpoint rate in Schedule 2 from the following month.

## 8. Customer Data and Security

8.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not sell it, analyse it for other purposes or use it for other clients.

8.2 The Provider's management consoles and logs for the Customer shall be hosted in mainland China. The Provider shall protect Customer Data with encryption in transit and at rest, multi-factor authentication for all administrator accounts, role-based access, and logging of every administrative action. Provider staff in Türkiye may access the consoles only for third-line support with the Customer's approval for each session, and shall not export Customer Data.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data or the Endpoints within 6 hours of detecting it, contain it, support the Customer's investigation and compensate the Customer for losses caused by the Provider's breach of this Clause 8.

## 9. Intellectual Property

9.1 The Provider's tools remain the property of the Provider and its licensors.

9.2 Standard images, scripts, runbooks and reports produced for the Customer belong to the Customer, which may use, modify and pass them to a successor provider freely.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign named on-site engineers and shall not replace them without notice to the Customer.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any subcontractor approved.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. The limit does not apply to personal injury, wilful misconduct or breach of Clause 8.

11.2 Neither party is liable for indirect loss or loss of profit.

## 12. Duration and Remedies

12.1 This Agreement may not be terminated by either party before the end of the Initial Term, except by agreement in writing or where force majeure prevents performance for more than ninety days.

12.2 If the Provider fails to perform the Services, the Customer's remedies are the service credits under Clause 6, the delay damages under Clause 4.2 and damages under Clause 11. The Customer shall continue to pay the monthly charge, less credits, for the whole Initial Term.

## 13. Exit

13.1 At the end of the Initial Term the Provider shall remove its agents, hand over the asset register, images, scripts and runbooks, and support the transition to the Customer or a new provider for up to thirty days at no extra charge.

## 14. Governance and Reporting

14.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, patch status, planned changes and the asset register.

14.2 The Provider shall hold a quarterly service review with the Customer's IT director, covering trends, recurring problems, security findings and improvement proposals, and shall keep minutes.

14.3 Changes to standard images, patch schedules for shop-floor terminals and any work that may interrupt production shall be agreed in advance through the Customer's change process and scheduled outside production shifts where possible.

## 15. Customer Responsibilities

15.1 The Customer shall give the Provider's engineers access to its sites and systems as needed, keep the stock of spare parts agreed during onboarding, hold valid licences for software it asks the Provider to install, and tell the Provider promptly of new Endpoints, office moves and changes to its network.

## 16. Force Majeure

16.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government orders, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits are not due for periods affected by such events.

## 17. Governing Law and Disputes

17.1 This Agreement is governed by the laws of the People's Republic of China.

17.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 18. General

18.1 Notices shall be in writing and delivered by hand, courier or email to the addresses above.

18.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

## Schedule 1 — Priorities, Response Times and Credits

| Priority | Definition | Response | Resolution | Credit for each missed target |
|---|---|---|---|---|
| P1 | A factory line, the design centre or more than fifty users cannot work, or a malware outbreak | 30 minutes | 6 hours | 3% of the monthly charge, plus 1% for each further hour late |
| P2 | One to fifty users cannot work | 1 hour | 1 business day | 1% of the monthly charge |
| P3 | A single user impaired, or a request | 8 business hours | 3 business days | CNY 200 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (one-time) | fixed | 46,000 |
| Monthly charge | 1,450 Endpoints × CNY 24 per Endpoint per month = CNY 34,800 per month × 36 months | 1,252,800 |
| **Total charges for the Initial Term** | | **1,298,800** |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Guangzhou cosmetics-import platform, product-filing check API subscription; Ukrainian vendor — .txt
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT

Agreement No. FC-API-2025-112

CUSTOMER: Guangzhou Meiyuan Cross-border Cosmetics Supply Chain Co., Ltd., Room 1506, No. 63 Huangpu Avenue West, Tianhe District, Guangzhou, Guangdong Province, People's Republic of China.

VENDOR: Vorskla Regulatory Data LLC, 21 Sobornosti Street, Poltava, Ukraine.

BACKGROUND

The Customer operates a platform through which brand owners import cosmetics into mainland China. Before a product is listed, the Customer must check that its ingredient list, labelling and filing (备案) documents meet the rules of the National Medical Products Administration. The Vendor maintains a database of cosmetic ingredient rules and offers an application programming interface ("API") that checks a product file against those rules and returns a list of issues. The Customer wishes to subscribe to the API. At the Customer's request, all fees are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each successive period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.2 "Service Start Date" means the date on which the Customer confirms the Integration Test under Clause 4.

1.3 "Check" means one call to the API that submits one product file and returns a result.

1.4 "Customer Materials" means product files, ingredient lists, label images, formulas, test reports, filing documents and any other material the Customer submits to the API, and all results returned for them.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive right, during the Subscription Term, to call the API from the Customer's platform and to let its staff and its brand-owner clients see the results.

2.2 The Subscription Term is two Subscription Years from the Service Start Date.

2.3 The Agreement does not renew automatically. Any further subscription requires a new written agreement.

3. SERVICE

3.1 The API checks: ingredient names against the Inventory of Existing Cosmetic Ingredients in China; prohibited and restricted substances and their limits; label wording required in Chinese; efficacy claims that need evidence; and completeness of the filing document set.

3.2 The Vendor shall update its rule database within ten working days after a change to the relevant regulations, standards or catalogues is published, and shall publish release notes for each update.

3.3 The Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly. Support is provided by email and an online ticket portal in English and Chinese.

3.4 The Vendor shall send the Customer a monthly report listing the rule updates made, the number of Checks used and the open support tickets.

4. INTEGRATION TEST

4.1 The Vendor shall provide a test environment, API documentation in Chinese and English, and integration support within fifteen days after signature.

4.2 The Integration Test consists of two hundred sample product files chosen by the Customer, of which at least fifty contain known defects. The test succeeds when every known defect is reported, no file without defects returns a blocking issue, and every result is returned within ten seconds. The Customer confirms success in writing. Calls made during the test are not charged.

4.3 If the test environment is not provided by the date in Clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 The Fees are set out in the Schedule. The subscription fee covers up to 600,000 Checks in each Subscription Year. Checks above that number are charged at the overage rate in the Schedule and invoiced quarterly in arrears.

5.2 The subscription fee for each Subscription Year is invoiced on the Service Start Date or its anniversary and payable within thirty days of the invoice.

5.3 The Fees are fixed for the Subscription Term.

6. CUSTOMER MATERIALS AND SECURITY

6.1 Customer Materials belong to the Customer or its clients. The Vendor may use Customer Materials only to provide the API to the Customer. It shall not keep formulas or product files longer than needed to return a result, shall not use them to train or improve its products, and shall not disclose them.

6.2 The API for the Customer is served from a data centre in mainland China operated by the Vendor's hosting provider named in the Schedule. Customer Materials are encrypted in transit and at rest. Access by Vendor staff requires multi-factor authentication and is logged, and staff outside China may not access Customer Materials.

6.3 The Vendor shall notify the Customer of any unauthorised access to or loss of Customer Materials within 24 hours, take remedial measures, cooperate with the Customer and its clients, and compensate the Customer for losses and penalties caused by the Vendor's breach of this Clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including product formulas, client lists and pricing, and shall use it only for this Agreement. Neither party shall disclose such information to third parties without the other party's prior written consent, except to professional advisers under similar duties or where required by law. This Clause survives the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The API, the rule database and the Vendor's software remain the Vendor's property.

8.2 Custom rule sets prepared for the Customer's private-label products, and all reports generated from them, belong to the Customer, which may use and modify them freely and give them to its clients or another provider.

9. WARRANTIES

9.1 The Vendor warrants that the rule database reflects published regulations within the update time in Clause 3.2, and that the API will perform materially in accordance with its documentation.

9.2 The results of the API support the Customer's own review and do not replace the Customer's responsibility for filings.

10. LIABILITY

10.1 The Vendor's total liability arising out of or in connection with this Agreement in any calendar quarter, whether in contract, tort or otherwise, shall not exceed the total Fees paid by the Customer in the three months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect loss, loss of profit or loss of business.

10.3 The limits in this Clause do not apply to personal injury, fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 Apart from the hosting provider named in the Schedule, which the Customer approves by signing this Agreement, the Vendor shall not subcontract any part of the service without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

12.2 If the Customer terminates under Clause 12.1, the Vendor shall refund the unused part of the subscription fee for the current Subscription Year.

12.3 On termination or expiry the Vendor shall delete all Customer Materials and confirm the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

14. GENERAL

14.1 Notices must be in writing and sent by email to the addresses in the Schedule, with a copy by courier for notices of breach or termination.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement and its Schedule form the entire agreement of the parties on their subject.

15. CUSTOMER OBLIGATIONS

15.1 The Customer shall use the API only through its own platform, shall not resell direct access to the API, shall submit product files in the formats described in the documentation, and remains responsible for the decisions it takes on filings.

15.2 The Customer shall inform the Vendor promptly if it believes a result is wrong, with the product file concerned, so that the Vendor can review the rule involved.

16. CHANGES TO THE API

16.1 The Vendor may release new versions of the API. It shall announce changes that require work by the Customer at least sixty days in advance and shall keep the previous version available for at least ninety days after a new version is released.

16.2 The Vendor shall not remove any check listed in Clause 3.1 during the Subscription Term.

17. FORCE MAJEURE

17.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including war, military action, air raids and power cuts affecting its staff or data centres, provided it notifies the other party promptly, continues performance through alternative means where it can, and resumes full performance as soon as possible. If such an event prevents the service for more than thirty days, the Customer may terminate this Agreement and receive a refund of the unused subscription fee.

18. COMPLIANCE

18.1 Each party shall comply with applicable anti-bribery, export-control and sanctions laws in performing this Agreement.

SCHEDULE — FEES, HOSTING AND CONTACTS

A. Fees

Item | Basis | Amount (CNY)
Subscription fee, Subscription Year 1 | up to 600,000 Checks | 168,000
Subscription fee, Subscription Year 2 | up to 600,000 Checks | 168,000
Total subscription fees for the Subscription Term | | 336,000
Overage | per 1,000 Checks above the included number | 260

B. Hosting provider: Tencent Cloud, Guangzhou region.

C. Contacts: Customer — compliance director, Guangzhou office. Vendor — account manager, Poltava office.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files, labels, checks
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, language, format, source)
    "h376z01": ("h376z01_postal_bureau_express_supervision_platform.pdf", "zh", "pdf", Z01),
    "h376z02": ("h376z02_separator_film_stretching_line_controls.docx", "zh", "docx", Z02),
    "h376z03": ("h376z03_hardware_chain_retail_saas.txt", "zh", "txt", Z03),
    "h376z04": ("h376z04_science_bureau_project_system_om.txt", "zh", "txt", Z04),
    "h376z05": ("h376z05_rice_wine_erp_supplier_template.md", "zh", "md", Z05),
    "h376e01": ("h376e01_lantern_frame_design_perpetual_licence.pdf", "en", "pdf", E01),
    "h376e02": ("h376e02_diving_school_booking_saas_order_form.md", "en", "md", E02),
    "h376e03": ("h376e03_rice_farm_paddy_water_sensors.docx", "en", "docx", E03),
    "h376e04": ("h376e04_shoe_maker_managed_endpoint_service.md", "en", "md", E04),
    "h376e05": ("h376e05_cosmetics_filing_check_api_subscription.txt", "en", "txt", E05),
}

G = "goods_or_licence"
S = "service"
# fmt: (category, kind, terms..., extra...)
T = {}


def lab(key, category, kind, *, avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
        term, sub, law, sla, deemed, value, capped=None):
    terms = {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
             "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
             "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
             "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
             "auto_renewal_price_increase": auto, "termination_for_breach": term,
             "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    T[key] = (category, terms, extra)


# contract values (asserted against the price lines)
V = {"h376z01": 1120000 + 680000 + 90000 + 70000, "h376z02": 620000 + 780000 + 160000 + 340000 + 190000 + 20000,
     "h376z03": 70 * 3600 * 3 + 48000 * 3 + 168000, "h376z04": 4 * 96500, "h376z05": 420000 + 260000 + 80000,
     "h376e01": 12 * 46000 + 84000 + 38000 + 26000, "h376e02": 2 * (96000 + 6 * 14000) + 22000,
     "h376e03": 180 * 3200 + 24 * 9500 + 6 * 18000 + 146000 + 124000 + 18000,
     "h376e04": 46000 + 1450 * 24 * 36, "h376e05": 2 * 168000}
assert V == {"h376z01": 1960000, "h376z02": 2110000, "h376z03": 1068000, "h376z04": 386000, "h376z05": 760000,
             "h376e01": 700000, "h376e02": 382000, "h376e03": 1200000, "h376e04": 1298800, "h376e05": 336000}, V
FEE_BASE = {"h376z01": 1120000, "h376z02": 1900000, "h376z05": 420000, "h376e01": 636000, "h376e03": 1058000}
assert 576000 + 228000 + 108000 + 146000 == 1058000 and 620000 + 780000 + 160000 + 340000 == 1900000
assert 12 * 46000 + 84000 == 636000 and 392000 + 882000 + 686000 == 1960000

lab("h376z01", "software", G, avail=99.95, p1=0.5, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=0.1,
    cap=None, pre=20, acc=True, final=True, war=24, pwf=8, auto=False, term=True, sub=False, law="PRC", sla=True,
    deemed=False, value=V["h376z01"], capped=True)
lab("h376z02", "hardware", G, avail=None, p1=0.5, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=0.08,
    cap=150, pre=20, acc=True, final=True, war=18, pwf=24, auto=False, term=True, sub=False, law="PRC", sla=True,
    deemed=False, value=V["h376z02"], capped=True)
lab("h376z03", "cloud", S, avail=99.95, p1=0.25, remedy=True, ip="buyer", dsec=True, owns=True, conf=True,
    ld=800 / V["h376z03"] * 100, cap=200, pre=(168000 + 300000) / V["h376z03"] * 100, acc=True, final=None,
    war=None, pwf=None, auto=False, term=True, sub=True, law="PRC", sla=True, deemed=False, value=V["h376z03"])
lab("h376z04", "services", S, avail=99.5, p1=0.5, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=0.02,
    cap=None, pre=None, acc=True, final=None, war=None, pwf=None, auto=False, term=True, sub=False, law="PRC",
    sla=True, deemed=False, value=V["h376z04"])
lab("h376z05", "software", G, avail=None, p1=24, remedy=False, ip="supplier", dsec=True, owns=False, conf=True,
    ld=None, cap=20, pre=65, acc=False, final=False, war=6, pwf=None, auto=False, term=True, sub=None, law="PRC",
    sla=True, deemed=True, value=V["h376z05"], capped=False)
lab("h376e01", "software", G, avail=None, p1=2, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=0.1,
    cap=200, pre=20, acc=True, final=True, war=24, pwf=9, auto=False, term=True, sub=False, law="Georgia", sla=True,
    deemed=False, value=V["h376e01"], capped=True)
lab("h376e02", "cloud", S, avail=99.95, p1=1, remedy=True, ip="buyer", dsec=False, owns=False, conf=True,
    ld=250 / V["h376e02"] * 100, cap=200, pre=None, acc=True, final=None, war=None, pwf=None, auto=True, term=True,
    sub=False, law="PRC", sla=True, deemed=False, value=V["h376e02"])
lab("h376e03", "hardware", G, avail=None, p1=1, remedy=True, ip="buyer", dsec=True, owns=True, conf=True, ld=0.08,
    cap=150, pre=10, acc=True, final=True, war=36, pwf=6, auto=False, term=True, sub=False, law="PRC", sla=True,
    deemed=False, value=V["h376e03"], capped=True)
lab("h376e04", "services", S, avail=None, p1=0.5, remedy=True, ip="buyer", dsec=True, owns=True, conf=False,
    ld=900 / V["h376e04"] * 100, cap=150, pre=None, acc=True, final=None, war=None, pwf=None, auto=False,
    term=False, sub=False, law="PRC", sla=True, deemed=False, value=V["h376e04"])
lab("h376e05", "cloud", S, avail=None, p1=None, remedy=False, ip="buyer", dsec=True, owns=True, conf=True,
    ld=300 / V["h376e05"] * 100, cap=3 / 24 * 100, pre=None, acc=True, final=None, war=None, pwf=None, auto=False,
    term=True, sub=False, law="PRC", sla=False, deemed=False, value=V["h376e05"])

FOREIGN_FORUM = {"h376e01"}  # Tbilisi arbitration (Georgian law)


def tco(key):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    5 - warranty years, pro rata. Returns (tco, share %) or None when not computable."""
    cat, t, x = T[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    total = x["contract_value"] + fees
    return total, fees / total * 100


def rules(key):
    """The rules a careful reader of policy.md §3 expects, from the labels (my own reading, not project code)."""
    cat, t, x = T[key]
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    tc = tco(key)
    if tc and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


INTENDED = {
    "h376z01": [],
    "h376z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h376z03": ["CR-PREPAYMENT", "CR-SUBCONTRACT"],
    "h376z04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "h376z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h376e01": ["CR-GOVERNING-LAW"],
    "h376e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-DATA-SECURITY"],
    "h376e03": [],
    "h376e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h376e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def risk(rs):
    if any(r in HIGH for r in rs):
        return "high"
    if any(r not in LOW for r in rs):
        return "medium"
    return "low"


# threshold figures, in digits, Chinese numerals and words
CN = "〇零一二三四五六七八九十百两"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九",
    r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![\d.])4-hour", rf"(?<![{CN}])四\s*个?\s*小时",
    r"\bfour[\s-]+(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b", r"(?<![\d.])240\s*(?:minutes|mins?\b|分钟)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"one hundred per\s*cent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", rf"百分之三十(?![{CN}])", r"三成", r"\bthirty per\s*cent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", rf"百分之四十(?![{CN}])", r"四成", r"\bforty per\s*cent",
    r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?)", r"(?<![\d.])12-month", rf"(?<![{CN}])十二个月",
    r"(?<![第每])一年", r"\bone[\s-]+year", r"(?<![\d.])1\s*-?\s*years?\b", r"\btwelve[\s-]+(?:calendar\s+)?months?",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", rf"百分之十五(?![{CN}])", r"\bfifteen per\s*cent",
    r"(?<![\d.])5\s*(?:个\s*)?(?:年(?!度)|-?\s*years?\b)", rf"(?<![{CN}])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)", r"(?<![\d.])60-month", r"六十个月", r"\bsixty[\s-]+months?",
]]
# 一年 must not hide behind 第/每 either: forbid them outright too
THRESHOLD_RES += [re.compile(r"[第每]一年")]


def hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


MUST_HIT = ["99.9%", "4小时", "4 小时", "四小时", "4 hours", "four hours", "Four (4) hours", "240 minutes", "0.05%",
            "万分之五", "100%", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "thirty per cent", "40%",
            "百分之四十", "12个月", "十二个月", "一年", "one year", "12 months", "twelve months", "15%",
            "百分之十五", "5年", "五年", "five years", "5 years", "60个月", "60 months", "六十个月", "第一年"]
MUST_NOT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "14 hours", "24 hours",
            "二〇二五年", "十五年", "99.5%", "130%", "0.3%", "二十二个月", "服务年度", "Subscription Year", "45%",
            "1,500", "2025", "150%", "十四小时", "万分之五十"]
for s_ in MUST_HIT:
    assert hits(s_), ("regex misses", s_)
for s_ in MUST_NOT:
    assert not hits(s_), ("regex false hit", s_, hits(s_))


def readback(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, lang, fmt, src) in FILES.items():
        text = readback(OUT / name, fmt)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append(f"{name}: length {size} not in {lo}-{hi}")
        h = hits(text) + hits(re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)) + hits(src)
        if h:
            problems.append(f"{name}: threshold figures {h}")
        cat, t, x = T[k]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        tc = tco(k)
        assert tc is None or abs(tc[1] - 40) > 1, tc
        rs = rules(k)
        assert rs == INTENDED[k], (k, rs, INTENDED[k])
        covered |= set(rs)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rs}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        print(f"{name}: {size} {'chars' if lang == 'zh' else 'words'}; risk {risk(rs)}; "
              f"tco {None if tc is None else (round(tc[0]), round(tc[1], 2))}; rules {', '.join(rs) or '(none)'}")
    assert covered == ALL_RULES, ALL_RULES - covered
    counts = sorted(len(v) for v in INTENDED.values())
    assert counts.count(0) == 2 and INTENDED["h376e01"] == ["CR-GOVERNING-LAW"] and len(INTENDED["h376z05"]) >= 8
    assert all(2 <= len(INTENDED[k]) <= 3 for k in INTENDED if k not in ("h376z01", "h376e03", "h376e01", "h376z05"))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed; every CR rule fires at least once")


if __name__ == "__main__":
    main()
