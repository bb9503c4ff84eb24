"""holdout539: builds ten blind, ordinary draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). The .docx/.pdf are built with ../word_pdf.py
(write(..., wrap_words=True)); .txt/.md are written as they are. Every built file is read back (python-docx paragraphs
+ table rows, pypdf pages, file text), measured, and scanned together with its source for threshold figures; the
expected rules are derived from the labels by my own reading of policy.md §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H539Z01 = """T:智慧助残服务平台建设项目采购合同
P:采购项目编号：DLCG-2025-0417　　合同编号：CL-ZHZC-2025-009
P:甲方（采购人）：东临市残疾人联合会
P:乙方（供应商）：江南惠康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就东临市智慧助残服务平台建设项目（以下简称"本项目"）的软件许可、定制开发及实施服务，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供"惠康助残服务平台"基础软件的永久使用许可，并在此基础上定制开发残疾人证办理进度查询、辅助器具适配申请、就业帮扶、康复服务预约及无障碍网页适配等模块。
P:1.2 乙方负责将甲方现有残疾人基础数据（约二十一万条）迁移至新平台，并完成与市政务服务网、民政救助系统、人社就业系统的数据接口。
P:1.3 平台部署在东临市政务云，乙方负责安装、配置、联调、试运行、培训及质保期内的运行维护。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），为固定总价，含税费、差旅及全部实施费用。分项如下：
P:（1）平台基础软件永久许可费：¥486,000；
P:（2）定制开发费（五个业务模块）：¥612,000；
P:（3）数据迁移及接口开发费：¥138,000；
P:（4）部署实施费：¥96,000；
P:（5）培训费：¥28,000。
P:2.2 合同执行期间甲方不因人工、材料价格变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥272,000。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的45%，即¥612,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥476,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方资金来源为财政性资金，按国库集中支付程序办理。
P:3.5 乙方收款账户以本合同载明的账户为准，变更须提前书面通知甲方并加盖乙方公章。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成全部开发、部署和数据迁移，并提交初步验收申请。
P:4.2 乙方应派驻不少于四名实施人员常驻甲方现场，项目经理未经甲方书面同意不得更换。
P:4.3 乙方应为市、区县两级残联及街道助残员组织不少于三期集中培训，提供操作手册和视频教程，确保操作人员能够独立完成业务办理。
P:4.4 合同签订后七个工作日内，乙方应向甲方提交合同总价5%的履约保证金（可用银行保函），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单全部实现；（2）迁移数据经甲方抽查比对，关键字段差错率低于千分之一；（3）三个对外接口连续运行十日无中断；（4）通过第三方机构的网络安全等级保护三级测评；（5）页面符合信息无障碍相关国家标准，读屏软件可完整操作。
P:5.2 初步验收后进入九十日试运行期。试运行期内未出现一级故障、且上述指标持续达标的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证及售后服务
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级和现场维护服务。
P:6.2 故障分级及响应：一级故障（平台整体无法访问或数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障（单一模块不可用）2小时内响应，次日内解决；三级故障（一般咨询）在两个工作日内答复。
P:6.3 乙方未按6.2规定时限响应或恢复的，每超时一小时，甲方可从应付款项或履约保证金中扣减人民币800元。
P:6.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台基础软件许可费的10%（即每服务年度不超过¥48,600），该价格在质保期满后的三个服务年度内不上调。维护服务须另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。乙方应在最终验收时移交全部源代码。
H:第八条 数据安全
P:8.1 平台存储和处理的残疾人个人信息、业务数据及日志均属甲方所有。乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供。
P:8.2 乙方应落实等级保护三级要求，对个人敏感信息加密存储，运维操作经甲方审批并通过堡垒机进行，全程留存审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方因此遭受的全部损失。
P:8.4 乙方应配合甲方开展个人信息保护影响评估和年度安全检查，对检查发现的问题在甲方规定期限内完成整改。合同终止时，乙方应移交全部数据并删除其掌握的副本，出具书面删除证明。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方工作秘密、残疾人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成4.1约定事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应无偿修改；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不得分包，乙方不得将本合同权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：东临市残疾人联合会　　　　乙方（盖章）：江南惠康信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2025年6月18日
"""
H539Z02 = """T:烘缸干燥部控制系统改造及维保合同
P:合同编号：QY-JX-2025-0632
P:甲方（买方）：清源纸业股份有限公司
P:乙方（卖方）：苏州恒拓自动化工程有限公司
P:鉴于甲方三号纸机烘缸干燥部原控制系统设备老化、蒸汽消耗偏高，甲方通过邀请招标选定乙方承担该控制系统改造及维保工作。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）拆除三号纸机烘缸干燥部原有控制柜及仪表，新装DCS控制柜、差压控制阀组、变送器、红外温度扫描仪及操作站，完成烘缸蒸汽冷凝水系统的自动控制。
P:（二）乙方提供控制软件许可及烘缸温度优化模块，并按甲方工艺要求完成组态编程、控制回路整定和与全厂MES系统的数据对接。
P:（三）乙方负责安装、调试、试运行、操作人员培训及质保期内的维护保养。
H:二、设备、软件清单及价格
P:（一）合同总价为人民币壹佰叁拾伍万陆仟元整（¥1,356,000），含设备、软件、运输、保险、安装调试、培训及税费。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|DCS控制柜（含控制器、I/O模块）|2套|186,000|372,000
TB:2|烘缸差压控制阀组|6套|38,500|231,000
TB:3|温度/压力变送器|48台|2,850|136,800
TB:4|烘缸表面红外温度扫描仪|1套|168,000|168,000
TB:5|工控服务器及操作站|3套|42,000|126,000
TB:6|控制软件许可及温度优化模块|1套|158,000|158,000
TB:|软硬件小计|||1,191,800
TB:7|安装、调试及改造施工|1项|146,200|146,200
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,356,000
P:（二）上表单价在合同履行期间固定不变。设备均应为原厂全新正品，乙方在到货时提供装箱单、合格证、出厂检验报告及仪表校验证书。变送器、控制阀组的防护等级应不低于IP65，适应烘缸区域高温高湿环境。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥271,200。
P:（二）全部设备到达甲方现场并经双方开箱清点签收后，甲方支付合同总价的35%，即¥474,600。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的45%，即¥610,200。
P:（四）乙方应在每次收款前开具全额增值税专用发票。
P:（五）甲方可从应付款项中直接扣除乙方应支付的违约金和超时违约金，并书面告知乙方。
H:四、交货及施工
P:（一）乙方应在合同生效后六十日内将全部设备运抵甲方厂区，并利用甲方年度停机检修窗口（预计2025年9月10日至9月20日）完成拆装和冷态调试。
P:（二）乙方施工人员应遵守甲方安全生产管理制度，动火、登高作业须办理作业票。乙方应在停机检修窗口开始前十日提交施工方案、进度计划和人员名单，经甲方生产部、设备部审核后实施；因乙方原因占用停机时间超出窗口的，乙方应承担由此增加的停机损失。
P:（三）乙方可将控制柜基础制作、蒸汽管道改接等辅助施工分包给具备相应资质的单位，但应提前书面通知甲方；乙方对分包部分的质量和安全负责。
H:五、验收
P:（一）验收标准：（1）系统连续满负荷运行七十二小时无停机故障；（2）烘缸表面温度波动不超过±1.5℃；（3）吨纸蒸汽单耗较改造前降低不少于3%，以双方确认的改造前基准数据为准；（4）与MES系统数据一致，刷新周期不超过5秒；（5）交付全部组态程序、图纸及操作手册。
P:（二）冷态调试完成后进入三十日热态试运行，试运行期满且达到上述标准的，双方签署最终验收报告。
P:（三）设备安装完毕、投入生产使用或甲方付款，均不视为最终验收合格。
H:六、质量保证及维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内设备、软件出现非甲方原因的故障，乙方免费维修或更换，并免费提供软件升级。
P:（二）故障响应：一级故障（烘缸控制失效导致纸机停机）乙方应在30分钟内电话响应，2小时内工程师到达现场，8小时内恢复运行；二级故障（单一回路或单台仪表失效）2小时内响应，24小时内处理完毕。
P:（三）乙方未按上述时限响应或恢复的，每超时一小时，向甲方支付违约金人民币1,000元。
P:（四）质保期满后，乙方按甲方要求继续提供维保服务，年度维保费为软硬件小计的8%，即每服务年度¥95,344，该费用在质保期满后三个服务年度内固定不变。维保合同每服务年度另行签订，不自动续期。
P:（五）乙方应保证质保期满后八年内继续供应备品备件，价格不高于本合同同类单价。
H:七、知识产权
P:（一）控制软件许可的知识产权归其权利人所有，甲方取得永久使用权。
P:（二）乙方为本项目编写的组态程序、控制策略、画面及接口程序归甲方所有，甲方可自行修改或委托他人维护。
H:八、数据安全
P:（一）控制系统采集的生产数据、工艺参数及配方均属甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的加密通道和工业防火墙接入，操作过程留存日志。
P:（三）发生数据泄露、病毒侵入或被篡改的，乙方应在1小时内报告并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:（一）乙方对知悉的甲方工艺技术、生产数据、经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后保密义务继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）设备或系统质量不符合约定的，乙方应负责更换、修理，并赔偿甲方由此造成的损失。
P:（三）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十三、培训及资料
P:（一）乙方应在热态试运行前对甲方操作工、仪表工和电气工程师分班组进行培训，每班组不少于两天，培训内容包括控制原理、画面操作、常见故障判断和备件更换。
P:（二）乙方应交付竣工图纸、接线表、组态备份、参数整定记录及中文操作维护手册各两套，并提供电子版。
H:十四、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件为技术协议和设备配置清单。
P:甲方：清源纸业股份有限公司（盖章）　　代表签字：__________
P:乙方：苏州恒拓自动化工程有限公司（盖章）　　代表签字：__________
P:日期：2025年7月2日
"""
H539Z03 = """洗护门店订单管理系统服务合同

合同编号：JYF-IT-2025-018
甲方（客户）：成都净衣坊洗涤服务连锁有限公司
乙方（服务商）：杭州云序科技有限公司

鉴于甲方在成都、绵阳、德阳经营45家洗衣门店及1个中央洗涤工厂，需要统一的收衣开单、会员储值、衣物流转和取送管理系统；乙方提供"云序洗护"SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方45家门店和中央工厂提供订单管理SaaS服务，包括收衣开单、衣物条码追踪、会员与储值卡、上门取送调度、工厂分拣、营业报表和小程序下单。
1.2 乙方提供一次性实施服务：系统配置、门店价目表导入、原会员及储值余额迁移、收银及标签打印设备调试、店员和工厂人员培训。
1.3 服务期为三个服务年度，自2025年8月1日起至2028年7月31日止。

2. 价格
2.1 订阅费：每家门店每个服务年度人民币2,880元，45家门店每个服务年度合计¥129,600，三个服务年度合计¥388,800。
2.2 实施费：一次性人民币¥56,000。
2.3 本合同总价为人民币肆拾肆万肆仟捌佰元整（¥444,800）。门店数量增加的，新增门店按2.1单价按月折算。
2.4 上述价格含增值税（税率6%）。
2.5 门店收银电脑、扫码枪、标签打印机由甲方自行采购，不在本合同价格内；乙方应提供兼容设备型号清单并负责调试。

3. 付款
3.1 实施费在上线验收合格后十个工作日内一次性支付。
3.2 订阅费按服务季度结算，每个服务季度结束后十个工作日内，乙方开具发票，甲方支付该季度订阅费¥32,400。
3.3 甲方无需在服务开始前预付任何款项。
3.4 新增门店的订阅费随所在服务季度一并结算；门店关闭的，甲方提前三十日书面通知后，自下一服务季度起不再计费。

4. 实施与上线验收
4.1 乙方应在2025年8月31日前完成全部门店上线。
4.2 上线验收标准：（1）45家门店均能完成开单、收款、打印条码及取衣核销；（2）迁移的会员数量、储值余额与原系统逐户核对一致；（3）中央工厂分拣扫码与门店订单状态同步；（4）连续三个营业日运行无一级故障。
4.3 满足上述标准后，双方签署上线验收单。门店开始使用系统不视为验收合格。
4.4 乙方未按4.1按期完成上线的，每逾期一日向甲方支付违约金人民币400元。

4.5 实施期间，乙方应派项目经理一名和实施顾问两名，按门店分批上线，每批上线前对店长、收衣员进行现场培训，并安排工作人员在每家门店上线首日现场值守。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%，计划内维护应安排在凌晨1点至5点，并提前48小时通知甲方，不计入不可用时间。
5.2 故障分级：一级故障（全部或多家门店无法开单或收款）乙方应在15分钟内响应，2小时内恢复；二级故障（单一功能异常）1小时内响应，当日修复；三级故障（咨询类）当日答复。
5.3 服务补偿：月可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，抵扣10%；一级故障响应超时的，每次抵扣人民币500元。抵扣在下一服务季度订阅费中扣减。

5.4 乙方提供每日8点至22点的客服热线及在线工单，一级故障提供全天候值班电话。乙方每个服务季度向甲方提交服务报告，列明可用率、故障次数及处理时长。
5.5 乙方应随平台版本升级为甲方免费提供新功能，升级不得导致甲方已使用功能缺失或数据丢失，重大升级应提前七日通知甲方并安排在营业低峰时段。

6. 续期
6.1 服务期满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。
6.2 每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知告知甲方即可。

7. 数据安全与数据归属
7.1 甲方在系统中产生的订单、会员信息（姓名、手机号、地址）、储值和交易数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，也不得以汇总、统计等形式用于乙方自身产品或向第三方提供。
7.2 乙方应将数据存储于中国境内，系统通过网络安全等级保护三级测评，个人信息加密存储，按最小权限原则授权，并每日备份。
7.3 发生数据泄露或丢失的，乙方应在24小时内通知甲方，并承担因其过错造成的全部责任和损失。
7.4 乙方运维人员访问甲方生产数据须经甲方门店管理负责人书面授权，访问记录保存不少于六个月，并可供甲方随时查阅。乙方不得在测试环境中使用真实会员数据。
7.5 合同终止后三十日内，乙方应按甲方要求导出全部数据并删除，出具删除证明。

8. 知识产权
8.1 云序洗护平台的知识产权归乙方所有。
8.2 乙方为甲方定制的报表、价目模板和接口程序归甲方所有，甲方可自由使用和修改。

9. 保密
9.1 双方对在合作中获悉的对方商业秘密和非公开信息承担保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
9.2 甲方的价目、会员规模、营业数据等经营信息属于甲方商业秘密，乙方不得在宣传材料或客户案例中使用，除非事先取得甲方书面同意。

10. 分包
10.1 乙方使用的云基础设施由阿里云计算有限公司提供，双方签约即视为同意。除此之外，乙方将本合同任何部分分包给第三方，须事先取得甲方书面同意。

11. 责任限制
11.1 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第7条造成的损失不受此限。
11.2 乙方对甲方门店因停电、断网等甲方自身原因造成的无法开单不承担责任，但应协助甲方启用离线开单功能，并在网络恢复后自动同步订单。

12. 解除
12.1 一方严重违约，经守约方书面催告后十五日内未纠正的，守约方有权书面解除合同。连续两个月可用率低于99%的，甲方有权解除合同。

13. 甲方义务
13.1 甲方应指定项目联系人，按乙方要求提供门店信息、价目表和原系统数据导出文件，并组织门店人员参加培训。
13.2 甲方应妥善保管系统账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。

14. 不可抗力
14.1 因地震、火灾、骨干网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入不可用时间。

15. 争议解决
15.1 本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

16. 其他
16.1 本合同附件包括：门店清单、功能清单、服务水平说明。附件与正文不一致的，以正文为准。
16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都净衣坊洗涤服务连锁有限公司　　授权代表：__________
乙方（盖章）：杭州云序科技有限公司　　授权代表：__________
签订日期：2025年7月15日
"""
H539Z04 = """青岚水库大坝安全监测系统运维服务合同

项目名称：青岚水库大坝安全监测系统2025—2026服务年度运维服务
采购方式：竞争性磋商　　项目编号：QLSK-CS-2025-06
甲方（采购人）：临江县青岚水库管理处
乙方（成交供应商）：皖西水利智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就青岚水库大坝安全监测系统运维服务事项订立本合同。

第一条 服务范围
（1）运维对象：大坝安全监测自动化系统，包括渗压计86支、量水堰计6台、表面变形GNSS监测站14个、内部测斜仪9孔、库水位计2台、雨量计3台、数据采集单元（MCU）22台、监测中心服务器及监测信息管理软件。
（2）服务内容：日常巡检、数据采集与整编分析、传感器标定、设备故障维修、软件维护、备品备件供应、汛前汛后专项检查及年度安全监测报告编制。
（3）服务期：2025年7月1日起至2026年6月30日止。

第二条 合同价款
（1）本合同总价为人民币肆拾捌万元整（¥480,000），为包干价，包括人工、交通、检测仪器、备品备件及税费。
（2）服务期内，无论人工及材料价格如何变化，合同总价均不调整。
（3）分项：日常巡检及数据分析¥168,000；传感器标定与故障维修¥126,000；自动化采集系统及软件维护¥94,000；备品备件¥57,000；年度安全监测报告¥35,000。

第三条 付款方式
（1）本合同不设预付款。
（2）服务费按服务季度支付。每个服务季度结束后，甲方对乙方当季度服务进行考核，考核合格后十五个工作日内支付当季度服务费¥120,000。
（3）甲方暂缓支付的季度服务费，在整改考核合格后一并支付。
（4）乙方应提供合法有效的发票，甲方按财政资金支付程序办理。

第四条 服务要求
（1）乙方应配备驻场工程师两名，其中至少一名具有水工结构或测绘专业中级以上职称，汛期（5月1日至9月30日）增派一名工程师驻场。
（2）日常巡检每周不少于一次，汛期每日一次；遇库水位超汛限、地震或强降雨，乙方应在接到通知后立即加密观测。
（3）自动化系统数据采集完整率每月不低于98%，异常数据应在当日完成复核并向甲方报告。
（4）乙方应对监测资料进行整编，绘制渗压、变形过程线和相关图，对测值突变、趋势性变化进行成因分析，并提出处理建议。
（5）每月5日前提交上月监测月报，汛前、汛后各提交一次专项检查报告，2026年6月15日前提交年度安全监测报告。

（6）乙方应建立运维台账，如实记录巡检路线、仪器读数、故障及处理过程，台账随季度考核资料一并提交甲方存档。

（7）乙方应每半年对全部渗压计、量水堰计进行一次比测，对GNSS监测站进行一次基准点联测，比测偏差超出规范允许值的，应在十五日内完成标定或更换。

第五条 故障响应
（1）一级故障（监测中心服务器、主干通信中断或关键断面渗压数据中断）：乙方应在1小时内响应，6小时内到达现场，24小时内恢复采集。
（2）二级故障（单个测点或单台MCU故障）：乙方应在2小时内响应，48小时内修复或更换。
（3）三级故障（软件显示、报表格式等一般问题）：乙方应在一个工作日内处理。
（4）乙方未达到上述时限的，应向甲方书面说明原因并限期整改，整改情况纳入季度考核记录；本合同不就响应或修复超时另行设置扣款或违约金。

第六条 考核与验收
（1）季度考核内容：巡检记录完整性、数据采集完整率、故障处理时效、报告质量，由甲方组织打分，80分以上为合格。
（2）服务期满，甲方依据四个季度考核结果和年度安全监测报告的专家审查意见组织验收。年度报告须经甲方组织的专家审查通过，资料齐全、数据可追溯，方为验收合格。
（3）年度验收时，乙方应移交全年巡检台账、标定记录、备件更换记录和系统配置备份，并协助甲方完成与下一服务期运维单位的交接。
（4）季度考核不合格的，乙方应在十五日内整改并重新考核，整改期间甲方暂缓支付当季度服务费。

第七条 备品备件与设备更换
（1）乙方应在水库管理处现场常备渗压计、MCU采集模块、通信模块、防雷器等易损备件，库存清单每季度报甲方核对。
（2）本合同备品备件费用已包干在合同总价内。单次更换传感器需钻孔重埋或更换大型设备的，乙方应提出方案和报价，经甲方审批后另行实施。
（3）乙方更换下来的旧设备归甲方所有，由乙方登记后交甲方仓库。

第八条 数据安全
（1）监测原始数据、整编成果、报告及系统日志均属甲方所有。乙方不得将监测数据用于本合同以外的任何用途，不得向任何单位或个人提供。
（2）乙方远程访问监测系统须经甲方书面审批，通过甲方提供的VPN接入，操作全程留存日志；不得在监测中心服务器上安装与运维无关的软件。
（3）乙方应每日备份监测数据库，每季度进行一次恢复演练，并落实防病毒及账号口令管理要求。
（4）发生数据丢失、篡改或系统被入侵的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任并赔偿损失。

第九条 成果归属
（1）乙方在服务期内形成的月报、专项报告、年度报告、分析模型及软件配置文件归甲方所有，甲方可自由使用和修改。

第十条 违约责任
（1）乙方逾期提交年度安全监测报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）因乙方未按约定巡检或未及时报告异常，导致险情延误处置的，乙方应承担相应赔偿责任。

第十一条 分包
（1）乙方不得转包或者分包本合同项下的服务。

第十二条 合同解除
（1）乙方严重违约，或连续两个服务季度考核不合格的，甲方有权书面通知解除合同，并按实际服务结算。
（2）服务期满合同自行终止，不自动续期。

第十三条 安全生产
（1）乙方应为驻场及巡检人员购买意外伤害保险，作业前进行安全交底。
（2）乙方人员在坝区作业应遵守甲方安全管理规定，配备救生衣、安全帽，汛期高水位时不得单人巡查。乙方人员的人身安全由乙方负责。

第十四条 甲方义务
（1）甲方应为乙方驻场人员提供办公场所、网络和必要的交通便利，及时提供水库调度运行资料和历史监测资料。
（2）甲方应在收到乙方月报后十个工作日内提出审查意见，对乙方报告的异常情况及时组织研判处置。

第十五条 不可抗力
（1）因洪水超过设计标准、地震等不可抗力导致设备损毁或无法履约的，乙方应立即报告并尽力抢修，相应责任可以部分或全部免除。

第十六条 争议解决
（1）本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。

第十七条 其他
（1）磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：临江县青岚水库管理处　　代表：__________
乙方（盖章）：皖西水利智能科技有限公司　　代表：__________
2025年6月24日
"""
H539Z05 = """# 鲜链食品质量追溯系统软件许可及实施合同

> 合肥鲜链软件有限公司 标准合同文本 V4.0（客户版）

**合同编号**：XL-HT-2025-0288

**甲方（客户）**：寿县豆香源食品有限公司

**乙方（供应商）**：合肥鲜链软件有限公司

甲方为满足豆制品生产许可及食品安全追溯管理要求，拟采购乙方"鲜链食品质量追溯系统"并委托乙方进行定制开发。双方经友好协商，达成如下条款。

## 第一条 合同标的

1.1 乙方授予甲方"鲜链食品质量追溯系统"（工厂版）软件永久使用许可，许可范围为甲方寿县生产基地，不限用户数。

1.2 乙方根据甲方需求进行定制开发，包括：大豆原料入厂检验记录、浸泡/磨浆/煮浆/点卤/压制各工序参数采集、成品批次追溯码生成、冷链出库记录及消费者扫码查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统主要功能：原辅料供应商及批次管理；大豆、凝固剂、消泡剂等投料记录；煮浆温度、点卤时间、压制压力等关键控制点参数采集与超限提醒；成品批次、保质期及留样记录；出库、经销商及冷链车辆温度记录；一键正向追踪和反向溯源；监管部门要求的追溯报表导出；消费者扫描包装二维码查看产地、生产日期和检验结果。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鲜链食品质量追溯系统软件许可（工厂版，永久） | 356,000 |
| 2 | 定制开发（工序采集、追溯码、扫码查询） | 88,000 |
| 3 | 安装部署、数据初始化及培训 | 24,000 |
| | 合同总价 | 468,000 |

2.1 合同总价为人民币肆拾陆万捌仟元整（¥468,000），含税。

2.2 上述价格为乙方标准报价，乙方已给予甲方项目优惠，不再另行折让。

2.3 工序采集所需的工控终端、扫码枪、标签打印机由甲方另行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥304,200。乙方收到该笔款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付剩余35%，即¥163,800。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知。

## 第四条 实施

4.1 乙方将尽力在收到首笔款项后六十日内完成安装部署和定制开发。因甲方原因（包括需求变更、资料提供不及时、现场条件不具备）造成延误的，工期相应顺延。

4.2 乙方有权根据项目需要将部分定制开发和现场实施工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。

4.3 甲方应指定项目负责人，提供工艺流程、配方参数、原料供应商名单等资料，按乙方要求准备服务器（或由甲方自行租用云服务器）和网络环境，并组织车间班组长、质检员参加培训。

4.4 乙方提供两次现场培训，每次不超过两天；超出部分按每人天¥2,000另行计费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为甲方对系统功能的认可。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供缺陷修复及远程技术支持。

6.2 乙方在工作日9:00—17:30提供电话及远程技术支持，对甲方反映的问题尽快安排处理。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每服务年度¥89,000，包括远程支持、缺陷修复和版本升级。

6.4 以下情形不属于维护服务范围：甲方擅自修改配置或数据库造成的故障；甲方硬件、网络故障；新增功能需求。此类服务乙方可按实际工作量另行报价。

6.5 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，系统可继续使用。甲方中断购买后再次购买的，应补缴中断期间的年度维护费。

## 第七条 知识产权

7.1 追溯系统软件及乙方为本项目定制开发的全部功能模块、源代码、数据库结构和文档的知识产权均归乙方所有。

7.2 甲方仅在许可范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或交由第三方维护。

7.3 甲方对其在系统中自行配置的产品名称、工序名称及报表格式享有使用权。乙方可将本项目形成的定制功能纳入乙方标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、检验和销售数据归甲方所有。

8.2 甲方同意，乙方可在去除甲方名称等身份标识后，将上述生产工艺数据和检验数据用于乙方产品优化、算法训练及行业分析报告，该授权在本合同终止后继续有效。

8.3 乙方对其部署的系统采取访问控制、加密传输、定期备份等安全措施。发生数据泄露的，乙方应在知悉后及时通知甲方；因乙方原因导致数据泄露的，乙方承担赔偿责任，赔偿额适用第十条的限额。

8.4 合同终止时，甲方可通过系统的导出功能自行导出业务数据。乙方可协助导出，协助费用另计。

## 第九条 保密

9.1 双方对履行本合同过程中知悉的对方商业秘密承担保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、产品召回费用不承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

11.2 甲方未按第三条付款超过三十日的，乙方有权解除合同或暂停全部服务。

11.3 合同解除的，甲方已支付的软件许可费不予退还。

## 第十二条 不可抗力

12.1 因不可抗力导致本合同不能履行的，遭受不可抗力的一方不承担责任，但应及时通知对方。

12.2 本合同所称不可抗力包括自然灾害、政府行为、公共卫生事件、电信运营商网络故障、第三方云服务中断以及黑客攻击等乙方无法预见和控制的情形。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括：功能清单、工序采集点位表、培训计划。

甲方（盖章）：寿县豆香源食品有限公司　　授权代表：__________

乙方（盖章）：合肥鲜链软件有限公司　　授权代表：__________

日期：2025年　月　日
"""
H539E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SLS-XY-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 July 2025 between:
P:(1) Savanna Ledger Systems Limited, a company incorporated in Kenya, of Westlands Business Park, Nairobi, Kenya (the "Vendor"); and
P:(2) Hunan Xiangyuan Supermarket Chain Co., Ltd., a company incorporated in the People's Republic of China, of 118 Furong Middle Road, Changsha, Hunan (the "Customer").
P:Background: the Customer operates 63 supermarkets and two distribution centres in Hunan and wishes to replace its warehouse software with the Vendor's ColdTrack warehouse management system for chilled and frozen goods. The Vendor has agreed to license the software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack WMS server, user and mobile scanner modules in the version current at signature, with its documentation. "Custom Deliverables" means the interfaces, reports, label templates and configuration scripts written by the Vendor for the Customer under this Agreement. "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including stock, supplier, temperature and order records.
P:1.2 "Go-Live" means the first day on which both distribution centres run all receiving, put-away, picking and dispatch in the Software. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the business of the Customer and its affiliates in the People's Republic of China, for one server instance, 60 named users and 40 mobile scanners.
P:2.2 The Customer may make backup and test copies. Additional users may be bought at the unit prices in Article 3 for the first three Support Years after Final Acceptance.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 580,000, fixed, inclusive of all taxes, travel and expenses, made up as follows:
P:(a) Server licence, 1 instance: CNY 186,000;
P:(b) Named user licences, 60 at CNY 2,400: CNY 144,000;
P:(c) Mobile scanner licences, 40 at CNY 1,150: CNY 46,000;
P:Licence subtotal: CNY 376,000;
P:(d) Implementation services (configuration, interfaces to the Customer's ERP and transport system, label templates, go-live support): CNY 142,000;
P:(e) Data migration: CNY 38,000;
P:(f) Training: CNY 24,000.
H:Article 4 Payment and Delivery
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoice: (a) 10% within 20 days after signature of this Agreement; (b) 55% within 20 days after Go-Live; (c) 35% within 20 days after Final Acceptance.
P:4.2 The Vendor shall deliver the Software within 15 days after signature and achieve Go-Live within 120 days after signature, following the project plan in Annex 2.
P:4.3 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the project plan for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds 60 days the Customer may terminate this Agreement under Article 12.
P:4.4 The Vendor shall train 12 key users and 4 system administrators at the Customer's premises in Changsha before Go-Live, provide user manuals in Chinese, and keep two consultants on site for the first 14 days after Go-Live. The Customer shall provide office space, network access and test data, and shall make its warehouse supervisors available for the tests in Article 5.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 30 consecutive days. Final Acceptance is achieved when the Customer signs an acceptance certificate confirming that: (a) every function in the requirements list in Annex 1 has passed the agreed test scripts; (b) stock balances in the Software reconcile with a full physical count at both distribution centres; (c) the interfaces to the ERP and transport system have run for 10 days without error; (d) no Severity 1 or Severity 2 defect remains open; and (e) all documentation and the source code of the Custom Deliverables have been handed over.
P:5.2 Installation, Go-Live, productive use of the Software or payment of any instalment does not constitute acceptance. If the tests fail, the Vendor shall correct the defects within 15 days and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates and new versions free of charge.
P:6.2 Support is provided in Chinese and English by telephone, ticket and remote session. The Vendor shall respond to a Severity 1 incident (a distribution centre cannot receive or dispatch goods) within 1 hour, 24 hours a day, and restore operation or provide a workaround within 8 hours. Severity 2 incidents (a major function impaired) shall be answered within 2 business hours and fixed within 3 business days.
P:6.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall credit the Customer CNY 600 against the next invoice or pay the amount on demand.
P:6.4 After the Warranty Period the Customer may buy annual support (the same service as in 6.2 and 6.3, with updates and new versions) for CNY 33,840 per Support Year, being 9% of the licence subtotal. This fee is fixed for the three Support Years following the Warranty Period. Support is ordered by a separate purchase order for each Support Year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, copy, modify and license them freely and may engage a third party to maintain them. The Vendor shall deliver their source code with Final Acceptance.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain, analyse or use it for any other purpose.
P:8.2 The Software will be installed on the Customer's servers in Changsha. The Vendor's staff may access the production system only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer, and every session will be logged. No Customer Data may be transferred outside the People's Republic of China; remote support from Kenya shall be performed by screen-sharing without data export.
P:8.3 The Vendor shall comply with the Customer's information security policies and applicable PRC law on data and personal information. The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in containing it, and shall be liable for all losses, fines and costs caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, supplier terms and store performance, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 or 9, infringement of third-party rights, wilful misconduct or personal injury.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor may not subcontract any part of the implementation or support without the Customer's prior written consent and remains responsible for any subcontractor approved. Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or in the case described in Article 4.3. The Vendor shall then refund the amounts paid for any part of the work not accepted.
P:12.2 The licence in Article 2 survives any termination after Final Acceptance.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kenya.
P:14.2 Any dispute arising out of this Agreement shall be referred to arbitration under the rules of the Nairobi Centre for International Arbitration. The seat of arbitration is Nairobi and the language is English.
H:Article 15 General
P:15.1 This Agreement with its annexes (Annex 1 Requirements List, Annex 2 Project Plan, Annex 3 Support Procedures) is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for the Vendor: ____________________ Name: Joseph Mwangi, Managing Director
P:Signed for the Customer: ____________________ Name: Liu Hanqing, General Manager
"""
H539E02 = """# ORDER FORM No. NP-CN-2025-014

**Nile Pulse Software Limited**, Plot 22 Lumumba Avenue, Kampala, Uganda ("**Vendor**")

**Foshan Qingquan Drinking Water Distribution Co., Ltd.**, 36 Jihua Fifth Road, Chancheng District, Foshan, Guangdong, China ("**Customer**")

This Order Form is issued under and incorporates the RouteWise General Terms set out below (the "**General Terms**"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscription

| Item | Detail |
|---|---|
| Service | RouteWise route-sales and delivery management (web console, driver app, customer ordering page) |
| Authorised Users | 120 named users (dispatchers, drivers, sales staff) |
| Subscription Term | three Subscription Years, from 1 September 2025 to 31 August 2028 |
| Depots covered | Chancheng, Nanhai, Shunde and Sanshui depots of the Customer |

## 2. Fees

At the Customer's request all fees are quoted and invoiced in Chinese yuan (CNY), inclusive of applicable taxes.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 120 users x CNY 1,680 per user per Subscription Year = CNY 201,600 per Subscription Year | 604,800 for the Subscription Term |
| Onboarding fee | one-time: configuration, import of 9,800 customer accounts and price lists, driver training, integration with the Customer's finance software | 46,000 |
| Total Contract Value | | 650,800 |

Additional users may be added at CNY 1,680 per user per Subscription Year, pro rata for the remainder of the Subscription Year.

## 3. Invoicing and Payment

3.1 The onboarding fee is invoiced on Onboarding Acceptance (General Terms, clause 4).

3.2 Subscription fees are invoiced quarterly in arrears, at CNY 50,400 per quarter, from the Service Start Date. Invoices are payable within 30 days.

3.3 No amount is payable before the Service Start Date.

## 4. Key Dates

Onboarding shall be completed and the Service Start Date reached no later than 31 October 2025.

## 5. Service Levels (summary)

Monthly availability of the web console and driver app: 99.95%. Priority 1 response: 30 minutes. Details and service credits are in clause 6 of the General Terms.

Signed for Vendor: ____________________ (Grace Namutebi, Director)

Signed for Customer: ____________________ (Chen Weiming, General Manager)

Date: 20 August 2025

---

# ROUTEWISE GENERAL TERMS

## 1. Definitions

1.1 "Services" means the RouteWise software-as-a-service and the related support described in the Order Form and these General Terms.

1.2 "Customer Data" means the customer accounts, orders, delivery records, driver locations, prices and other data entered into or generated in the Services by or for the Customer.

1.3 "Subscription Year" means each period from 1 September to 31 August of the following calendar year within the Subscription Term.

1.4 "Service Start Date" means the date of Onboarding Acceptance.

## 2. Access and Use

2.1 The Vendor grants the Customer and its Authorised Users a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its Authorised Users' compliance with these General Terms and for keeping their log-in credentials secret. User accounts may be reassigned when staff leave.

## 3. Onboarding

3.1 The Vendor shall configure the Services for the four depots, import the Customer's customer accounts, delivery routes and price lists, set up the interface to the Customer's finance software, and train dispatchers and drivers in Foshan.

3.2 If the Service Start Date is not reached by the date in the Order Form for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of CNY 500 for each day of delay. If the delay exceeds 45 days, the Customer may terminate under clause 11.

## 4. Onboarding Acceptance

4.1 Onboarding Acceptance requires that: (a) all imported accounts, balances and prices match the Customer's source files on a full comparison; (b) each depot has run a full delivery day in the Services, with orders, routes, proof of delivery and cash collection recorded correctly; (c) the finance interface has transferred three consecutive days of invoices without error; and (d) at least 90 drivers have completed training.

4.2 When these criteria are met the Customer signs an Onboarding Acceptance certificate. Use of the Services by drivers before that date is not acceptance.

## 5. Fees and Taxes

5.1 Fees are as stated in the Order Form and are fixed for the Subscription Term.

5.2 Invoices shall state the Order Form number and the period covered and shall be issued as Chinese VAT invoices through the Vendor's local billing agent named in the proposal. The Customer may withhold any disputed part of an invoice in good faith while the parties resolve the dispute.

## 6. Service Levels and Credits

6.1 The Vendor shall make the web console and driver app available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 23:00 and 05:00 Beijing time.

6.2 Incidents are classified and handled as follows: Priority 1 (no depot can dispatch or record deliveries): response within 30 minutes and restoration within 3 hours; Priority 2 (one depot or one major function affected): response within 1 hour and restoration within 8 hours; Priority 3 (other issues): response within one business day.

6.3 If availability in a month falls below 99.95%, the Vendor shall credit 5% of the subscription fee for that month; below 99.5%, 10%; below 99%, 20%. Each late Priority 1 response or restoration earns a further credit of CNY 800. Credits are deducted from the next invoice, or paid after the last invoice.

6.4 The Vendor shall send a monthly service report showing availability, incidents and credits, and shall meet the Customer's logistics manager every quarter to review the report, open problems and planned changes to the Services.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the Services to the Customer and shall not sell it, disclose it to other customers or use it for any other purpose.

7.2 During the Subscription Term the Customer may export Customer Data at any time in CSV format. Within 30 days after the end of the Subscription Term the Vendor shall return all Customer Data to the Customer in that format and then delete it.

## 8. Intellectual Property

8.1 The Vendor owns the Services and all improvements to them.

8.2 Route plans, report layouts, price-list templates and interface mappings prepared for the Customer during onboarding belong to the Customer, which may use, copy and modify them freely, including with another provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business information, including customer lists, prices and delivery volumes, use it only for the purposes of the Order Form and not disclose it to third parties without prior written consent. This clause survives termination for three years.

## 10. Subcontracting

10.1 The Services are hosted on the infrastructure of the hosting provider named in the Vendor's proposal, which the Customer approves by signing the Order Form. The Vendor shall not otherwise subcontract any part of the Services without the Customer's prior written consent, and remains responsible for its subcontractors.

## 11. Term and Termination

11.1 The Order Form runs for the Subscription Term and ends at its expiry. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate under clause 3.2, or if monthly availability is below 99% in two consecutive months.

11.3 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

## 12. Limitation of Liability

12.1 Neither party is liable for indirect or consequential loss or loss of profit.

12.2 The Vendor's total aggregate liability arising out of or in connection with the Order Form and these General Terms, in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

12.3 The limits in this clause do not apply to fraud or to death or personal injury caused by negligence.

## 13. Force Majeure

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters or government action, provided it notifies the other party without delay. Service credits remain due for any unavailability that is not caused by such an event.

## 14. Governing Law and Disputes

14.1 At the Customer's request the Order Form and these General Terms are governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules then in force. The award is final and binding on both parties.

## 15. General

15.1 Notices shall be given in writing in English or Chinese to the addresses in the Order Form. Neither party may assign the Order Form without the other party's written consent.
"""
H539E03 = """T:Supply and Installation Contract for Warehouse Environmental Monitoring Equipment
P:Contract No. CS-WH-2025-077
P:Buyer: Yunnan Chashan Tea Industry Co., Ltd., 9 Gelanghe Road, Menghai County, Xishuangbanna, Yunnan, China (the "Buyer")
P:Supplier: Kilima Instruments Limited, Plot 41 Njiro Industrial Area, Arusha, Tanzania (the "Supplier")
P:The Buyer is building an ageing warehouse for Pu'er tea at its Menghai site and has selected the Supplier, after a competitive quotation, to supply, install and commission a wireless environmental monitoring system for the warehouse. This Contract is on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and commission them in the eight storage halls and the fermentation room of the warehouse, integrate the system with the Buyer's warehouse management system, calibrate all sensors, and train the Buyer's staff.
P:1.2 The system shall measure temperature, relative humidity and carbon dioxide in every storage bay, raise alarms by SMS and on the monitoring screen when set limits are exceeded, and keep the readings for trend analysis and quality records.
H:Section 2 Price
P:2.1 All prices are in Chinese yuan (CNY) and include delivery to the Menghai site, customs clearance, import duties, taxes and insurance. The Contract Price is fixed at CNY 590,000, as set out below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP65|160|1,450|232,000
TB:2|NDIR carbon dioxide sensor|24|3,800|91,200
TB:3|LoRa gateway with 4G backup|8|9,600|76,800
TB:4|Edge server with UPS|1|48,500|48,500
TB:5|Monitoring software, perpetual licence|1|62,000|62,000
TB:|Hardware and licence subtotal|||510,500
TB:6|Installation, cabling and integration|1|58,500|58,500
TB:7|Calibration and training|1|21,000|21,000
TB:|Contract Price|||590,000
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 55% of the Contract Price (CNY 324,500) is payable within 30 days after the Buyer signs the Installation Certificate confirming that all items are delivered and installed. The Installation Certificate is not acceptance of the system.
P:3.3 45% of the Contract Price (CNY 265,500) is payable within 30 days after the Buyer signs the Final Acceptance Certificate under Section 5.
P:3.4 Each payment is made by bank transfer in CNY against a valid invoice. Bank charges outside China are for the Supplier's account. The Buyer may deduct from any payment the liquidated damages and service payments due under Sections 4.2 and 6.3.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Menghai site within 75 days after signature and complete installation within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:4.3 The Supplier's personnel shall follow the Buyer's site safety and food-hygiene rules in the warehouse.
P:4.4 Each delivery shall be accompanied by a packing list, certificates of origin, the manufacturer's test reports and the calibration certificate of every sensor. Equipment shall be packed to withstand tropical shipment and storage in humid conditions, and any item damaged in transit shall be replaced at the Supplier's cost without delay to the installation.
P:4.5 Before installation the Supplier shall submit a cable and mounting plan for the Buyer's approval. Sensors shall be mounted so that they do not touch tea cakes or packaging and can be removed for recalibration without tools.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. The Buyer will sign the Final Acceptance Certificate when: (a) every sensor reports at least once every five minutes with no more than 0.5% of readings missing; (b) each temperature sensor agrees with a calibrated reference within ±0.3°C and each humidity sensor within ±2% RH at three test points; (c) alarms reach the duty phones within 60 seconds in a simulated limit breach; (d) the data appear correctly in the Buyer's warehouse management system; and (e) calibration certificates, drawings and manuals in Chinese have been delivered.
P:5.2 Installation, use of the system or any payment does not amount to acceptance. If the tests fail, the Supplier shall remedy the defects within 15 days and the tests shall be repeated.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants all equipment and software for 36 months after Final Acceptance. During that period it shall repair or replace any faulty item free of charge, including parts, labour and shipment, and supply software updates.
P:6.2 Fault handling during the warranty: for a Severity 1 fault (monitoring lost for a storage hall, or the server down) the Supplier shall respond within 30 minutes by telephone or remote session and restore monitoring within 24 hours, if necessary with spare sensors kept on site; for a Severity 2 fault (single sensors failing) it shall respond within 2 hours and repair within 3 days.
P:6.3 For each hour by which the Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Supplier shall offer support (the services in 6.1 to 6.3 plus annual recalibration) for CNY 35,735 per Support Year, being 7% of the hardware and licence subtotal. This fee is fixed for the two Support Years after the warranty and is ordered by purchase order; it does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors, gateway parts and batteries at the Menghai site or in Kunming sufficient to restore any Severity 1 fault within the time in 6.2, and shall make spare parts available for at least eight years after Final Acceptance at prices no higher than the unit prices in Section 2.
H:Section 7 Data
P:7.1 All readings, alarm records and configuration data produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The system shall be installed on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN and shall be logged. The Supplier shall not copy data out of the system or transfer it outside China.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the system, take remedial measures, and be liable for losses caused by its breach of this Section.
H:Section 8 Training
P:8.1 The Supplier shall give two days of training to the Buyer's warehouse supervisors and quality staff and one day of training to two IT administrators, in Chinese or with a qualified interpreter, covering daily operation, alarm handling, replacement of batteries and sensors, backup of the edge server and export of reports. Training materials become the Buyer's property.
H:Section 9 Intellectual Property
P:9.1 The monitoring software remains the property of its owner and is licensed to the Buyer perpetually. Configurations, alarm rules, dashboards and the interface to the warehouse management system made for the Buyer belong to the Buyer, which may modify them or have them maintained by others.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's storage recipes, stock quantities, warehouse layout and other non-public information, and shall not disclose them without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local cable installation by a subcontractor approved in writing by the Buyer remains the Supplier's responsibility.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for items not accepted and remove them from the site at its own cost, and shall compensate the Buyer for its direct losses.
H:Section 13 Force Majeure
P:13.1 A party prevented from performing by an event beyond its reasonable control, such as flood, earthquake or epidemic restrictions, shall notify the other party promptly and provide evidence. Time for performance is extended by the duration of the event. If the event lasts more than 90 days, either party may end this Contract by notice.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 15 General
P:15.1 The Supplier shall carry product liability and transport insurance for the equipment until it is delivered to the Menghai site. Notices shall be in writing, in Chinese or English, to the addresses above.
P:15.2 Annexes: Annex 1 Technical Specification; Annex 2 Bay Layout and Sensor Positions; Annex 3 Test Plan. This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________ For the Supplier: ____________________
P:Date: 12 August 2025
"""
H539E04 = """# MANAGED NETWORK AND IT SUPPORT SERVICES AGREEMENT

**Agreement No.** IDS-HY-2025-006

**Provider:** Imena Digital Services Ltd, KG 7 Avenue, Kacyiru, Kigali, Rwanda

**Customer:** Xiamen Haiyue Hotel Management Co., Ltd., 288 Huandao South Road, Siming District, Xiamen, Fujian, China

**Date:** 1 August 2025

## Recitals

A. The Customer manages eight mid-range business hotels in Xiamen, Quanzhou and Zhangzhou and wishes to outsource the operation of the guest and staff networks and first- and second-line IT support for its hotel staff.

B. The Provider operates a network operations centre and support desk serving hotel groups and has agreed to provide the Services on the terms below, with local engineers in Fujian.

## Agreed terms

1. **Definitions.** "Services" means the services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Customer Data" means all data of the Customer, its guests and staff that the Provider accesses or processes, including guest Wi-Fi log-in records, device logs and configurations. "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under clause 4.

2. **Term.** This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date (the "Term"). The Agreement ends at the end of the Term unless the parties agree an extension in writing at the same charges.

3. **Charges.** At the Customer's request all charges are in Chinese yuan (CNY) and include taxes. The charges are set out in Schedule 3: a one-time transition charge of CNY 38,000 and a monthly service charge of CNY 46,500 for the Term. The Total Contract Value is CNY 1,154,000. The transition charge is invoiced when the Service Commencement Certificate is signed; the monthly charge is invoiced monthly in arrears. Nothing is payable before the Service Commencement Date. Charges are fixed for the Term.

4. **Transition and commencement.** 4.1 The Provider shall survey all eight hotels, document the existing network, take over the administration accounts, install its monitoring agents and set up the support desk within 45 days after signature. 4.2 The Customer will sign the Service Commencement Certificate when: (a) every access point, switch and firewall in the eight hotels is visible in the Provider's monitoring system; (b) a handover document with network diagrams and passwords stored in the Customer's password vault has been accepted; (c) test incidents of each priority raised from three hotels have been handled within the Service Levels; and (d) guest log-in through the hotel portal works in every hotel. Use of the support desk before that date is not acceptance. 4.3 If the Service Commencement Date is not reached within 45 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.

5. **Service Levels and credits.** The Provider shall meet the Service Levels in Schedule 2 and report on them monthly. If it fails to meet a Service Level, it shall give the service credits in Schedule 2, which are deducted from the next monthly invoice. Credits do not limit the Customer's right to damages for losses beyond the credited amount.

6. **Customer Data and security.** 6.1 Customer Data belongs to the Customer. The Provider may process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose. 6.2 Guest log-in records shall remain on the Customer's servers in Xiamen. The Provider's staff access the hotel networks only through the Customer's VPN with multi-factor authentication; all administrative sessions are logged and the logs are kept for 180 days. No Customer Data may be transferred outside the People's Republic of China, and engineers in Kigali work only through this remote access. 6.3 The Provider shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Customer's security policies, and shall report any security incident to the Customer within 12 hours. The Provider is liable for losses, fines and costs caused by a breach of this clause.

7. **Intellectual property.** Network designs, configurations, scripts, runbooks and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider. The Provider keeps its own monitoring tools, which it removes at the end of the Term.

8. **Confidentiality.** Each party shall keep confidential the other party's non-public information, including guest information, room rates and network security settings, shall use it only for this Agreement and shall not disclose it without prior written consent. This clause survives the end of the Agreement for three years.

9. **Personnel and cooperation.** 9.1 The Provider shall name a service manager for the Customer and keep at least two engineers based in Fujian, able to reach any of the hotels within the on-site times in Schedule 2. Engineers entering guest areas shall follow hotel rules and wear Provider identification. 9.2 The Customer shall give the Provider's engineers access to equipment rooms and guest floors when needed, keep a stock of spare access points and switches in each hotel, provide the internet links and their contracts with the carriers, and tell the Provider at least ten business days in advance of any refurbishment, new hotel or change of property management system that affects the networks. Delays caused by the Customer's failure to do these things are excluded from the Service Levels. The Customer shall name a contact person at each hotel and a group IT coordinator who approves changes and signs the monthly service report.

10. **Subcontracting.** The Provider may subcontract any part of the Services, including on-site work in the hotels, to subcontractors of its choice by giving the Customer written notice of the subcontractor's name before it starts work. The Provider remains responsible for its subcontractors.

11. **Liability.** Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of clauses 6 or 8, wilful misconduct, or death or personal injury.

12. **Term commitment and remedies.** 12.1 Neither party may terminate this Agreement before the end of the Term. 12.2 If the Provider breaches this Agreement, including any material breach, the Customer's remedies are the service credits in Schedule 2, damages under clause 11 and an order for performance; the Customer may not terminate this Agreement on account of the breach and shall continue to pay the monthly charge, less credits. 12.3 The Provider may suspend the Services if undisputed invoices remain unpaid for 60 days after a reminder.

13. **Exit.** In the last two months of the Term the Provider shall cooperate with the Customer and any successor provider, hand over all documentation, configurations and passwords, and remove its agents.

14. **Governing law and disputes.** This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

15. **General.** Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent. Each party shall comply with anti-bribery law and shall not offer gifts or hospitality to the other party's staff. Notices may be sent by email with a copy by courier. The Schedules form part of this Agreement.

## Schedule 1 - Services

| Service | Description |
|---|---|
| Network operation | 24 x 7 monitoring of access points, switches, firewalls and internet links in eight hotels; configuration changes; firmware updates; quarterly security review |
| Guest Wi-Fi | Operation of the guest portal and authentication in line with PRC real-name rules; monthly usage reports |
| Support desk | Telephone, chat and ticket support in Chinese for hotel staff, 24 x 7 |
| On-site support | Repair and replacement of faulty network devices and staff PCs; spare devices supplied by the Customer |
| Reporting | Monthly service report with incidents, Service Levels and credits |

## Schedule 2 - Service Levels and Credits

| Priority | Example | Response | On site | Restoration |
|---|---|---|---|---|
| P1 | Guest or staff network down in a whole hotel; front desk system unreachable | 15 minutes | 2 hours | 6 hours |
| P2 | One floor or one function unavailable | 30 minutes | 6 hours | 1 business day |
| P3 | Single user or device problem | 2 hours | next business day | 3 business days |

| Failure | Credit |
|---|---|
| P1 response or restoration late | CNY 1,000 per incident plus CNY 500 per further hour |
| P2 restoration late | CNY 300 per incident |
| Monthly report late by more than 5 business days | CNY 500 |

## Schedule 3 - Charges

| Charge | Amount (CNY) |
|---|---|
| Transition (one-time) | 38,000 |
| Monthly service charge (eight hotels) | 46,500 per month |
| Monthly charges for 24 months | 1,116,000 |
| Total Contract Value | 1,154,000 |

**Signed** for the Provider: ____________________ (Eric Habimana, Managing Director)

**Signed** for the Customer: ____________________ (Zheng Lifang, Deputy General Manager)
"""
H539E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: CBA-DL-2025-12

BETWEEN

COPPERBELT AGRI-DATA ANALYTICS LIMITED, a company registered in Zambia, of Plot 5120 Independence Avenue, Kitwe, Zambia ("Provider"); and

DALIAN HAIFENG GRAIN AND OIL CO., LTD., a company registered in the People's Republic of China, of 66 Gangwan Street, Zhongshan District, Dalian, Liaoning ("Customer").

BACKGROUND

The Customer imports soybeans and maize and buys feed ingredients from several continents. The Provider operates the AgriSignal data service, which supplies weather observations, satellite crop-condition indices, yield estimates and port logistics indicators through a web API. The Customer wishes to feed these data into its procurement and risk dashboards. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the AgriSignal application programming interface and its documentation.
1.2 "Provider Data" means the data sets made available through the API.
1.3 "Customer Data" means the Customer's query parameters, watch lists, API usage records, uploaded field locations and any other data the Customer provides to the Provider or that the Provider derives from the Customer's use of the API.
1.4 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.
1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive right during the Term to call the API, store Provider Data in its own systems and use it in its internal business, including reports to its management, banks and auditors. The Customer may keep and use Provider Data received during the Term after the Term ends.
2.2 The subscription is the Professional tier: up to 2,000,000 API calls per Subscription Year, daily updates for 14 origin regions, and ten named API keys.
2.3 The Customer's affiliates in China may use the API under the Customer's keys, and the Customer is responsible for their use as for its own. The Customer may not use Provider Data to build a competing data service.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and payable in Chinese yuan (CNY), inclusive of taxes.
3.2 Subscription fee: CNY 168,000 per Subscription Year. The initial Term is two Subscription Years, so the subscription fee for the initial Term is CNY 336,000.
3.3 Integration set-up fee (one-time): CNY 24,000, covering sandbox access, mapping of the Customer's regions and commodities, and two remote workshops for the Customer's developers.
3.4 The Total Contract Value for the initial Term is CNY 360,000. API calls beyond the annual allowance are charged at CNY 6 per 1,000 calls, billed quarterly in arrears; these usage charges are not part of the Total Contract Value.
3.5 The set-up fee is invoiced on Integration Acceptance. The subscription fee is invoiced quarterly in arrears (CNY 42,000 per quarter). No payment is due before the Service Start Date. Invoices are payable within 30 days.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature the Provider shall provide sandbox and production keys, deliver the region and commodity mapping, and support the Customer's developers in connecting the API to the Customer's data warehouse.
4.2 Integration Acceptance takes place when: (a) all endpoints listed in Annex A return valid data for the agreed regions; (b) a sample of 500 records reconciles with the Provider's published reports; (c) the nightly load into the Customer's warehouse has run for ten consecutive days without failure; and (d) the Customer's developers have received the documentation. The Customer confirms Integration Acceptance in writing.
4.3 If Integration Acceptance is delayed beyond 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall make the production API available 99.5% of the time in each calendar month, measured at the Provider's gateway, excluding maintenance announced at least three days in advance.
5.2 Priority 1 incidents (the production API is unavailable or returns corrupt data for all regions) shall receive a response within 1 hour, at any time, and the Provider shall restore service as fast as possible and report the cause within two business days. Priority 2 incidents (one region or data set late or incorrect) shall receive a response within one business day.
5.3 If monthly availability is below 99.5%, the Provider shall credit 10% of that month's subscription fee; below 98%, 25%. Credits are deducted from the next invoice.

5.4 The Provider shall give the Customer a monthly service report showing availability, incidents, data delays and credits, and shall hold a quarterly review call with the Customer's data team.

6. SUPPORT AND CUSTOMER OBLIGATIONS

6.1 Support is provided in English and Chinese through a ticket portal and a named support engineer. The Provider shall announce changes to the API at least 60 days in advance and keep previous versions of any endpoint running for at least 90 days after a new version is released.
6.2 The Customer shall keep its API keys secure, use the API within the call allowance, and not resell Provider Data or make it publicly available.

7. DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and support to the Customer and shall not disclose it to other customers or use it for its own analysis or products.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access for named support staff, and audit logs. It shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data and is liable for losses caused by its failure to meet this clause.
7.3 Within 30 days after the Term ends the Provider shall delete Customer Data and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API and the Provider Data, subject to the Customer's rights under clause 2.
8.2 Connectors, mapping tables and dashboard templates prepared by the Provider for the Customer under clause 4 belong to the Customer, which may use, modify and share them with its contractors freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's sourcing regions and volumes, and shall not disclose it without prior written consent. This obligation survives the end of this Agreement for three years.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the support services to the Customer without the Customer's prior written consent. The Provider's satellite imagery and weather station suppliers are data sources, not subcontractors of services to the Customer.

11. TERM AND RENEWAL

11.1 This Agreement starts on signature and runs until the end of the second Subscription Year (the initial Term).
11.2 At the end of the initial Term and of each renewal Subscription Year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the renewal date.
11.3 For each renewal Subscription Year the Provider may increase the subscription fee by up to 10% over the fee of the previous Subscription Year by written notice to the Customer at least 90 days before the renewal date.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
12.2 The Customer may also terminate by written notice if monthly availability is below 98% in any two months of a Subscription Year.
12.3 On termination for the Provider's breach the Provider shall refund any fees paid for the period after termination.

13. LIABILITY

13.1 Neither party is liable for indirect or consequential loss.
13.2 Each party's total liability under this Agreement is limited to twice the Total Contract Value. This limit does not apply to breach of clauses 7 or 9 or to fraud.
13.3 Provider Data are estimates and observations; the Customer remains responsible for its trading decisions. This does not reduce the Provider's duty to deliver data that correctly reflect its sources.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the Republic of Zambia.
14.2 Any dispute that the parties cannot settle within 30 days shall be referred to arbitration in Lusaka under the Arbitration Act of Zambia by a sole arbitrator. The language of the arbitration is English.

15. GENERAL

15.1 Notices shall be in writing in English and sent by email and courier to the addresses above. Operational messages about incidents and maintenance may be sent by email or through the ticket portal only.
15.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.
15.3 This Agreement, with Annex A (Endpoints and Regions) and Annex B (Support Contacts), is the entire agreement between the parties.

SIGNED for COPPERBELT AGRI-DATA ANALYTICS LIMITED: ____________________
Name: Mwila Chanda, Chief Executive Officer

SIGNED for DALIAN HAIFENG GRAIN AND OIL CO., LTD.: ____________________
Name: Sun Guoqiang, General Manager

Date: 25 August 2025
"""

# ---------------------------------------------------------------- files, labels, checks
NAMES = {
    "z01": ("h539z01_disabled_persons_federation_service_platform.pdf", "zh", "software"),
    "z02": ("h539z02_paper_mill_dryer_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h539z03_laundry_chain_order_saas.txt", "zh", "cloud"),
    "z04": ("h539z04_reservoir_dam_monitoring_annual_om.txt", "zh", "services"),
    "z05": ("h539z05_tofu_factory_traceability_supplier_template.md", "zh", "software"),
    "e01": ("h539e01_supermarket_wms_licence_kenya_vendor.pdf", "en", "software"),
    "e02": ("h539e02_water_distributor_route_saas_uganda_vendor.md", "en", "cloud"),
    "e03": ("h539e03_tea_warehouse_sensors_tanzania_vendor.docx", "en", "hardware"),
    "e04": ("h539e04_hotel_group_managed_network_rwanda_vendor.md", "en", "services"),
    "e05": ("h539e05_grain_importer_data_api_zambia_vendor.txt", "en", "cloud"),
}
SRC = {"z01": H539Z01, "z02": H539Z02, "z03": H539Z03, "z04": H539Z04, "z05": H539Z05,
       "e01": H539E01, "e02": H539E02, "e03": H539E03, "e04": H539E04, "e05": H539E05}

G, S = "goods_or_licence", "service"
# (availability, p1_h, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwfee, auto, term, subc, law, kind)
# extra: sla_clause, ld_stated, pw_capped (goods only), deemed, value
T = {
 "z01": (None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True, False, "PRC", G,
         True, True, True, False, 1360000),
 "z02": (None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True, "PRC", G,
         True, True, True, False, 1356000),
 "z03": (99.5, 0.25, True, "buyer", True, True, True, 400 / 444800 * 100, 200, None, True, None, None, None, True, True,
         False, "PRC", S, True, True, None, False, 444800),
 "z04": (None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S,
         True, True, None, False, 480000),
 "z05": (None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, 25, False, True, True, None, G,
         False, False, True, True, 468000),
 "e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 9, False, True, False, "Kenya", G,
         True, True, True, False, 580000),
 "e02": (99.95, 0.5, True, "buyer", False, True, True, 500 / 650800 * 100, 6 / 36 * 100, None, True, None, None, None,
         False, True, False, "PRC", S, True, True, None, False, 650800),
 "e03": (None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 7, False, True, False, "PRC", G,
         True, True, True, False, 590000),
 "e04": (None, 0.25, True, "buyer", True, True, True, 900 / 1154000 * 100, 150, None, True, None, None, None, False, False,
         True, "PRC", S, True, True, None, False, 1154000),
 "e05": (99.5, 1, True, "buyer", True, True, True, 300 / 360000 * 100, 200, None, True, None, None, None, True, True, False,
         "Zambia", S, True, True, None, False, 360000),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# TCO inputs for goods: (fee base = itemised licence / hardware subtotal, warranty years from acceptance)
TCO_IN = {"z01": 486000, "z02": 1191800, "z05": 356000, "e01": 376000, "e03": 510500}
# forum outside mainland China (none in this set) -- CR-GOVERNING-LAW also reads the law
FOREIGN_FORUM = {}

DESIGN = {
 "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
 "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
 "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
 "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
         "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
 "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
 "e05": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    base = TCO_IN[key]
    fee = base * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * years
    return fees / (x["contract_value"] + fees) * 100, x["contract_value"] + fees


def rules_from_labels(key, t, x):
    """My reading of policy.md §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(key, t, x)[0] > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    v = T[key]
    t = dict(zip(KEYS, v[:19]))
    sla, lds, capped, deemed, value = v[19:]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return t, x


# ---------------------------------------------------------------- threshold scanner
NUMW = r"[零〇一二两三四五六七八九十百千点]"
BAD = [
    ("avail 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("4 hours", r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b|-hour)"),
    ("four hours", r"(?<![十零〇一二三四五六七八九])四\s*(?:个)?\s*小时|\bfour[\s-]+hours?\b"),
    ("240 minutes", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05", r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent|percent)|万分之五(?![十\d])|千分之零点五|\bzero point zero five\b"),
    ("cap 100", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之百|百分之一百(?!" + NUMW + r")|\bone hundred per\s*cent"),
    ("prepay 30", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之三十(?!" + NUMW + r")|三成|\bthirty per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?\b|-month)|十二个月|(?<![十])一\s*年|\btwelve[\s-]+(?:calendar\s+)?months?\b|\bone[\s-]+years?\b|(?<![\d.])1\s*(?:年|years?\b|-year)"),
    ("15 %", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之十五(?!" + NUMW + r")|\bfifteen per\s*cent"),
    ("40 %", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之四十(?!" + NUMW + r")|四成|\bforty per\s*cent"),
    ("5 years", r"(?<![\d.])5\s*(?:个\s*)?(?:年|years?\b|-year)|(?<![十〇零])五\s*个?\s*年|\bfive[\s-]+years?\b|(?<![\d.])60\s*(?:个\s*)?(?:月|months?\b)|六十个月|\bsixty months\b"),
]
BAD_RE = [(n, re.compile(p, re.I)) for n, p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "一年", "twelve months",
            "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "二十四小时", "130%", "0.5%", "1.5%", "140%", "2015年", "十五年度", "36个月",
             "120 months", "0.055%", "25 years"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in BAD_RE:
            for m in rx.finditer(variant):
                hits.append((n, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {k: (NAMES[k][0], NAMES[k][0].rsplit(".", 1)[1]) for k in ("z01", "z02", "e01", "e03")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k in ("z03", "z04", "z05", "e02", "e04", "e05"):
        (OUT / NAMES[k][0]).write_text(SRC[k], encoding="utf-8")
        print("wrote", NAMES[k][0])
    problems = []
    covered = set()
    rows = []
    for k in NAMES:
        name, lang, cat = NAMES[k]
        text = read_back(OUT / name)
        for src in (text, SRC[k]):
            for h in scan(src):
                problems.append((k, h))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length %d" % n))
        t, x = label(k)
        rules = rules_from_labels(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = None
        if t["contract_kind"] == G:
            share, tco = tco_share(k, t, x)
            assert not 38 <= share <= 42, (k, share)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")
        rows.append((k, name, lang, n, len(re.sub(r"\s", "", text)), rules, risk, share))
        obj = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
               "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(obj, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = [r[6] for r in rows]
    for r in rows:
        print(r)
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
