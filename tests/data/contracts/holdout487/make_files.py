"""holdout487: builds ten ordinary draft contracts, their labels, and checks lengths, thresholds and rule coverage.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H487Z01 = """T:粮库智能监管平台软件许可及定制开发合同
P:项目名称：省级粮库智能监管平台建设项目（采购编号：GX-ZC-2025-0317）
P:甲方（采购人）：某省粮食和物资储备局
P:乙方（供应商）：杭州禾仓信息技术有限公司
P:鉴于甲方通过公开招标方式采购粮库智能监管平台，乙方为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供粮库智能监管平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成粮情监测、库存数量监管、出入库作业监管、视频智能分析接口等定制开发，以及与全省现有储备粮管理系统的数据对接、历史数据迁移、部署实施和培训。
P:1.2 平台覆盖全省86个直属及代储粮库，许可不限用户数，甲方及其下属单位可在政务外网范围内使用。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰肆拾肆万陆仟元整（¥2,446,000），为固定总价，包含软件许可、定制开发、数据对接、实施培训、税费及质保期内全部服务费用。
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含粮情、库存、作业、视频四个子系统）|1,280,000
TB:2|定制开发（粮情监测模型、库存监管规则、视频智能分析接口）|860,000
TB:3|数据对接及历史数据迁移|210,000
TB:4|部署实施及培训|96,000
TB:合计||2,446,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后120日内完成试运行并提交最终验收申请。
P:4.2 乙方应提交实施方案、需求规格说明书、数据迁移方案及测试报告，经甲方书面确认后方可实施。
H:第五条 验收
P:5.1 初步验收标准：平台全部功能符合招标文件技术要求及需求规格说明书；86个粮库的粮情、库存和视频数据全部接入；历史数据迁移后抽查比对差错率为零；并发300用户时页面响应不超过3秒。
P:5.2 最终验收标准：平台连续试运行90日，未发生一级故障；第三方机构出具的网络安全等级保护测评和软件测试报告均为合格；技术文档、源代码及操作手册齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线使用或甲方支付任何款项，均不视为验收合格。
H:第六条 质保与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可费的8%（即¥102,400），且在质保期满后的三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日书面通知甲方）。
P:7.2 一级故障（平台整体不可用或粮情数据中断）乙方应在30分钟内响应，2小时内到达现场或远程排除，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时1小时，乙方向甲方支付违约金500元；月度可用率每低于承诺值0.01个百分点，扣减当期维护费用2,000元或由乙方直接支付等额违约金。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、模型、接口及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改、再开发。
H:第九条 数据安全
P:9.1 平台中的粮情、库存、视频等全部数据属于甲方，乙方仅为履行本合同需要在甲方授权范围内接触，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，采取访问控制、加密传输、操作审计等措施，运维操作须经甲方堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 双方对在履行本合同中知悉的对方商业秘密、工作秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒收并要求退还已付款项，乙方赔偿甲方损失。
H:第十二条 分包
P:12.1 本项目不得分包或转包。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                  乙方（盖章）：
P:法定代表人或授权代表：          法定代表人或授权代表：
P:日期：2025年  月  日            日期：2025年  月  日
"""

H487Z02 = """T:铝型材挤压机控制系统改造及维保合同
P:合同编号：LX-JY-2025-086
P:甲方（买方）：佛山市南海恒锐铝业有限公司
P:乙方（卖方）：广州智挤自动化科技有限公司
P:甲方拟对其二号、三号车间的两台3600吨铝型材挤压机进行电气控制系统改造，乙方具备相应的设计、供货和调试能力。双方经友好协商，就改造供货、安装调试及后续维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责拆除两台挤压机原有继电器及老旧PLC控制系统，提供并安装新的PLC控制器及扩展模块、伺服液压比例阀及放大器、触摸屏HMI及工控机，以及挤压控制软件（含等温挤压、速度闭环、模具温度联锁功能）。
P:（二）乙方负责编写挤压机PLC控制程序和HMI画面，完成与甲方现有MES系统的产量、能耗数据对接。
P:（三）改造应在甲方安排的停机窗口内分台实施，每台挤压机停机时间不超过10日。
H:二、合同价款
P:（一）合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），含设备、软件、安装调试、培训、运输、保险及税费。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及扩展模块|2套|486,000
TB:2|伺服液压比例阀及放大器|2套|352,000
TB:3|触摸屏HMI及工控机|2套|128,000
TB:4|挤压控制软件许可（永久）|2套|265,000
TB:|硬件及软件小计||1,231,000
TB:5|旧系统拆除、安装及调试|2台|158,000
TB:6|操作及维护培训|1项|21,000
TB:|合同总价||1,410,000
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）两台挤压机改造完成、调试合格并投入试生产后，甲方支付合同总价的45%。试生产不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%。
H:四、交货与安装
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方工厂，并在甲方通知的停机窗口内完成安装调试。
P:（二）设备到货时双方共同开箱清点，签署到货清单。到货签收仅确认数量，不代表质量验收。
H:五、验收
P:（一）验收标准：挤压速度控制精度达到±1%以内；出口温度波动不超过±5℃；连续生产20个班次无控制系统原因的停机；MES数据对接完整准确；设备规格与本合同明细一致。
P:（二）两台挤压机均满足上述标准，并经甲方设备部和生产部共同签署最终验收报告后，方为验收合格。试生产或甲方使用设备不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题发生的故障，乙方免费修复或更换。
P:（二）质保期满后，乙方提供年度维保服务，年维保费为硬件及软件小计的9%，即¥110,790，在质保期满后的三个服务年度内保持不变。维保合同每个服务年度单独签订，不自动续期。
H:七、服务响应
P:（一）一级故障（挤压机因控制系统原因停机）：乙方在30分钟内响应，6小时内到达现场，24小时内恢复生产。
P:（二）二级故障（部分功能异常但可维持生产）：2小时内响应，48小时内修复。
P:（三）响应或到场每超时1小时，乙方向甲方支付800元违约金，可从应付款项中直接扣除。
H:八、知识产权
P:（一）挤压控制软件的原有知识产权归乙方，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编写的PLC程序、HMI画面及对接程序，连同源代码和注释文档，知识产权归甲方所有，甲方可自行修改和使用。
H:九、数据安全
P:（一）挤压工艺参数、模具配方、产量和能耗数据属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方书面审批并通过甲方指定的VPN账号进行，操作全程记录；维护结束后立即关闭连接。
P:（三）因乙方原因导致甲方数据泄露或损坏的，乙方应立即报告并采取补救措施，并承担由此给甲方造成的全部损失。
H:十、保密
P:双方对合同履行中获悉的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）因乙方设备或调试问题造成甲方停产的，乙方应赔偿甲方的直接损失。
H:十二、分包
P:乙方不得将本合同项下的工作转包；确需将电缆敷设等辅助工作分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同的变更与解除
P:（一）本合同的变更须经双方书面确认。
P:（二）合同履行期间，双方均不得单方解除本合同，但因不可抗力致使合同目的不能实现的除外。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、停机窗口计划。
P:甲方（盖章）：                  乙方（盖章）：
P:代表签字：                      代表签字：
P:日期：2025年  月  日            日期：2025年  月  日
"""

H487Z03 = """亲子乐园票务及会员SaaS服务及实施合同

合同编号：QZ-IT-2025-042
甲方（客户）：成都童趣星球文化旅游发展有限公司
乙方（服务商）：上海云游票务科技有限公司

鉴于甲方在成都、重庆、西安等地运营9家室内亲子乐园，需要统一的线上线下票务、闸机核验及会员管理系统；乙方拥有“云游票务”SaaS平台。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方9家乐园开通“云游票务”SaaS平台，包括线上售票（小程序及团购渠道）、现场售票、闸机核验、年卡及次卡会员、积分储值、营销活动和经营报表功能。
1.2 乙方负责实施服务，包括9家乐园共计46台闸机的对接、甲方原会员系统约18万名会员数据的迁移、甲方品牌小程序页面的定制、收银员及店长培训。
1.3 服务期为3个服务年度，自上线验收合格之日起计算。

2. 费用
2.1 订阅费按乐园数量计算，每家乐园每个服务年度36,000元，9家乐园每个服务年度合计324,000元，3个服务年度合计972,000元。
2.2 实施费148,000元（一次性），培训费12,000元（一次性）。
2.3 本合同总价为人民币1,132,000元（含税）。短信通知等按量计费的第三方费用由甲方另行承担，不计入合同总价。

3. 付款
3.1 本合同不设预付款。
3.2 实施费和培训费在上线验收合格后15个工作日内支付。
3.3 订阅费自上线验收合格之日起按季度预付，每季度首月10日前支付当季订阅费81,000元。

4. 实施与上线验收
4.1 乙方应于合同签订后75日内完成9家乐园的全部实施工作并提交上线验收申请。
4.2 上线验收标准：9家乐园全部闸机核验通过率达到99%以上且单次核验不超过1秒；会员数据迁移后余额、积分、有效期逐条比对无差异；小程序可完成购票、退票、核销全流程；并发5,000笔订单压测无失败。
4.3 甲方在收到申请后7个工作日内组织验收并签署上线验收单。系统试用或试营业期间售票，不视为验收合格。

5. 服务水平
5.1 乙方保证平台月度可用率不低于99.5%，计划内维护应安排在乐园闭园时段并提前两日通知。
5.2 一级故障（售票或闸机核验中断）：15分钟内响应，1小时内恢复；二级故障（报表、营销功能异常）：2小时内响应，次日内修复。
5.3 月度可用率未达承诺的，每低0.1个百分点，乙方减免当月订阅费的5%；一级故障响应每超时30分钟，乙方减免当月订阅费的2%；减免合计不超过当月订阅费。

6. 数据
6.1 甲方的会员信息、订单、交易及入园数据（以下简称“甲方数据”）归甲方所有。
6.2 乙方有权将甲方数据进行去标识化处理后，用于行业客流分析、产品改进及向其他客户提供行业对标报告，该等使用在合同终止后仍可继续。
6.3 乙方应将甲方数据存储于中国境内，落实等级保护三级要求，采用加密存储、访问控制及操作日志审计，仅授权人员可访问。
6.4 发生数据泄露、丢失的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对会员的赔偿。
6.5 合同终止后30日内，乙方应向甲方完整交付甲方数据，并在甲方确认后删除。

7. 知识产权
7.1 平台及其功能的知识产权归乙方所有。
7.2 为甲方定制的小程序页面、会员迁移脚本和闸机对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

8. 保密
双方对在合作中知悉的对方商业秘密、经营数据和技术信息承担保密义务，未经对方书面同意不得披露，本义务于合同终止后继续有效。

9. 违约责任
9.1 乙方未能按期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期支付订阅费超过30日的，乙方可书面催告后暂停服务，但不得删除甲方数据。
9.3 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露或乙方故意、重大过失造成的损失不受此限。

10. 续期
10.1 服务期届满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。
10.2 每次续期时，乙方有权上调订阅费，上调幅度由乙方确定并于续期前书面通知甲方，但单次不超过8%。

11. 分包
乙方不得转让本合同；闸机安装等现场工作如需分包，须事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
12.2 平台连续两个月可用率未达承诺的，甲方有权解除合同且不承担任何责任。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

14. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：乐园清单及闸机数量；附件二：功能清单。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：2025年  月  日              日期：2025年  月  日
"""

H487Z04 = """科技馆展项管理系统运维服务合同

（竞争性磋商项目，项目编号：KJG-CS-2025-011）

采购人（甲方）：某市科学技术馆
供应商（乙方）：南京博展智能运维有限公司

甲方就科技馆展项管理系统运维服务项目采用竞争性磋商方式采购，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》、磋商文件及乙方响应文件，双方订立本合同。

（1）服务范围
乙方负责甲方常设展厅内312件展项（其中机电互动类128件、多媒体类146件、静态模型类38件）及展项管理系统（含中控系统、展项监测平台、预约及客流系统接口）的运维服务，包括日常巡检、故障维修、软件维护、备品备件供应、开闭馆保障及重大活动保障。

（2）服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满本合同终止，不自动续期，甲方如需继续采购，应依法重新组织采购。

（3）合同价款
本合同为固定总价，合同总价为人民币486,000元，构成如下：
日常巡检及展项维护：218,000元；
展项管理系统及多媒体软件维护：126,000元；
备品备件（单件500元以下的易损件）：96,000元；
节假日驻场保障：46,000元。
单件500元以上的备件经甲方书面确认后另行采购，不计入合同总价。

（4）付款方式
本合同不设预付款。服务费按季度支付，每季度结束后，甲方根据第（8）条季度考核结果，在15个工作日内支付当季服务费121,500元，考核扣款从当季服务费中扣除。

（5）服务接管
乙方应于服务期开始前完成服务接管，包括展项清点、系统账号移交、运维手册编制及驻场人员到位。接管完成后双方签署接管确认单。

（6）人员要求
乙方应安排不少于4名专职运维人员在开馆时段驻场，其中至少1名具备电工证，1名具备多媒体系统维护经验。人员变更须提前7日书面告知甲方并经甲方同意。

（7）服务响应
（7.1）一级故障（主展厅核心展项停运、中控系统瘫痪或存在安全隐患）：驻场人员15分钟内到达现场处置，2小时内恢复或采取替代措施。
（7.2）二级故障（单件展项停运）：30分钟内响应，当日闭馆前修复；需更换部件的，不超过3个开馆日。
（7.3）三级故障（展项局部功能异常）：2个开馆日内修复。
（7.4）一级故障每超时1小时，扣减服务费1,000元；二级故障每超时1个开馆日，扣减服务费300元。

（8）季度考核
甲方每季度按运维服务考核表对乙方进行考核，考核内容包括巡检记录完整性、故障响应及修复时限、展项运行状况、游客投诉及安全管理。考核得分80分以下的，每低1分扣减当季服务费的1%；连续两个季度低于70分的，甲方有权解除合同。

（9）知识产权
乙方在服务期内为甲方编写的展项维护脚本、中控程序修改、运维手册和技术文档，知识产权归甲方所有。

（10）数据安全
（10.1）预约及客流系统中的观众个人信息和展项运行数据属于甲方，乙方仅为运维目的在授权范围内接触，不得复制、下载或用于其他用途。
（10.2）乙方应遵守甲方网络安全管理制度，运维账号实名管理，远程维护须经甲方审批，操作留存日志。
（10.3）因乙方原因导致观众个人信息或甲方数据泄露的，乙方应在1小时内报告甲方，采取补救措施，并承担全部赔偿责任及法律责任。

（11）保密
乙方对在服务中知悉的甲方内部资料、系统账号、安防布局及观众信息负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后继续有效。

（12）分包
乙方可将机电类展项的机械维修、大型设备年检等专业工作分包给具有相应资质的单位，但应提前5个工作日书面告知甲方分包单位名称及工作内容，乙方对分包工作承担责任。

（13）违约责任
（13.1）乙方未按期完成服务接管的，每逾期一日，向甲方支付违约金500元。
（13.2）乙方违反第（10）条、第（11）条约定的，应赔偿甲方全部损失。
（13.3）乙方在本合同项下的累计赔偿责任，以合同总价的50%为限。

（14）合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，或出现第（8）条约定情形的，甲方有权解除合同，并按实际服务期结算服务费。

（15）法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（16）其他
磋商文件、响应文件、成交通知书及运维服务考核表为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
代表签字：                        代表签字：
日期：2025年  月  日              日期：2025年  月  日
"""

H487Z05 = """# 味源智造 生产及溯源管理软件许可与定制开发合同（标准文本 V3.0）

**合同编号**：WYZZ-HT-2025-____

**甲方（客户）**：四川郫县鹃城豆瓣酿造有限公司

**乙方（供应商）**：成都味源智造软件有限公司

本合同为乙方标准合同文本。甲方拟在其酿造厂部署生产执行及产品溯源管理系统，乙方同意按本合同约定提供软件许可及定制开发服务。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“味源智造”生产执行模块及产品溯源平台的软件永久使用许可，部署于甲方自有服务器。

1.2 乙方按甲方需求进行定制开发，包括：发酵晒露工艺管理（翻缸、晒露天数、温湿度记录）、原料及批次追溯码、与甲方现有ERP系统的订单及库存接口。

1.3 乙方负责软件安装部署及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（生产执行模块、溯源平台，永久许可） | 720,000 |
| 2 | 定制开发费（工艺管理、追溯码、ERP接口） | 180,000 |
| 3 | 实施部署费 | 60,000 |
| 4 | 培训费 | 20,000 |
| | **合同总价** | **980,000** |

上述价格含税，不含甲方服务器、扫码设备及网络费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即490,000元。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价的50%，即490,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方在收到首期款后开始实施，实施周期以双方确认的项目计划为准，因甲方需求变更或配合不及时造成的延误，工期相应顺延。

4.2 软件安装部署完成之日，即视为甲方验收合格。甲方开始使用软件的，亦视为验收合格。

## 第五条 免费维护期

5.1 免费维护期为6个月，自软件安装部署完成之日起计算。免费维护期内，乙方提供远程技术支持及缺陷修复。

5.2 免费维护期内因甲方操作不当、服务器或网络原因造成的问题，不属于免费维护范围。

## 第六条 维护服务

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每个服务年度180,000元，在每个服务年度开始前支付。

6.2 年度维护服务期满后，如双方均未提出异议，自动续期，续期费用与上期相同。

6.3 维护期间发生一级故障（系统无法登录或追溯码无法生成）的，乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.4 现场服务按乙方当时的人天单价另行收费。

## 第七条 知识产权

7.1 软件及乙方为本项目开发的全部定制功能、接口程序、文档的知识产权均归乙方所有。

7.2 甲方在许可范围内享有使用权，不得对软件或定制功能进行修改、反向工程或交由第三方维护。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产、质检及溯源数据归甲方所有，乙方仅为提供维护服务需要接触，不得用于其他目的。

8.2 乙方在远程维护中应遵守甲方的网络安全要求，使用甲方分配的账号，不得复制或留存甲方数据；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任，累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、产品召回损失承担责任。

## 第十一条 合同解除

一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

日期：2025年__月__日　　　日期：2025年__月__日
"""

H487E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BL-QD-2025-019
P:This Agreement is made between Qingdao Haixian Cold Chain Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong (the "Customer"), and Coral Coast Software Pte Limited, a company incorporated in Fiji with its principal office in Lautoka, Fiji (the "Vendor").
P:Background: The Customer processes and exports frozen seafood from two plants in Qingdao and wishes to replace its paper-based quality records with the Vendor's FreshTrace quality and traceability software. The Vendor has agreed to grant perpetual licences and to implement the software at the Customer's plants on the terms below. At the Customer's request all prices are stated and paid in CNY.
H:Article 1 Definitions
P:1.1 "Software" means the FreshTrace server application, the FreshTrace client application and the mobile inspection application, in the versions listed in Annex 1, together with their documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data conversion scripts and other work products that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Software is used for production quality records at both plants.
P:1.4 "Final Acceptance" means the Customer's signed acceptance certificate issued under Article 5.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inspection records, temperature logs, batch records and supplier records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 60 named users and one production server with one standby server, for the Customer's internal business at its plants in Qingdao.
P:2.2 The Vendor shall provide the implementation services described in Annex 2: requirements workshops, configuration of the HACCP plans for both plants, interfaces to the Customer's ERP system and cold-store temperature probes, conversion of three years of historical inspection records, user acceptance testing support and training.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,140,000, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Named user licences, 60 x CNY 9,800|588,000
TB:2|Server licence with standby server|146,000
TB:|Licence subtotal|734,000
TB:3|Implementation and interfaces|312,000
TB:4|Historical data conversion|68,000
TB:5|Training|26,000
TB:|Contract Price|1,140,000
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price within 15 business days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price within 15 business days after the Vendor has installed the Software and the Customer has signed the installation record. The installation record confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 15 business days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days and reach Go-Live within 120 days after signature of this Agreement.
P:5.2 After Go-Live the Software shall run in production for 30 consecutive days. Final Acceptance requires that during that period: (a) all functions in Annex 2 pass the agreed test scripts; (b) temperature data from all 214 probes reach the Software within two minutes; (c) the converted historical records reconcile fully with the source records; (d) no Severity 1 defect is open; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.3 The Customer shall issue the acceptance certificate or a written list of defects within 10 business days after the end of the run. Go-Live, production use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and provide remote and on-site support free of charge.
P:6.2 Severity 1 means that the Software is unavailable at a plant or that inspection records cannot be saved. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall receive a response within 2 business hours and a fix within 3 business days.
P:6.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall pay the Customer a service credit of CNY 800, deducted from the next amount payable or paid on demand.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the licence subtotal, that is CNY 80,740 per Support Year. This fee is fixed for the first three Support Years. Each Support Year is ordered separately by purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them to third parties freely.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Qingdao. The Vendor shall access them remotely only through the Customer's VPN with individual accounts and multi-factor authentication, after approval of each session by the Customer's IT department, and shall comply with the Data Security Law and the Personal Information Protection Law of the PRC.
P:8.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected unauthorised access to Customer Data caused by the Vendor or its personnel, cooperate in containing it, and bear all losses, costs and fines that the Customer suffers as a result.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to reach Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 8 or 9, infringement of intellectual property, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall return or destroy the Software.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of the Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Fiji.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Suva, Fiji, under the Arbitration Act of Fiji, before a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 Neither party may assign this Agreement without the prior written consent of the other party.
P:15.2 Notices shall be in writing and sent by courier or email to the addresses stated below.
P:15.3 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:Annex 1: Software and versions. Annex 2: Implementation scope and test scripts.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H487E02 = """# ORDER FORM

**Order Form No.** PS-OF-2025-0214, issued under the General Terms set out in Part B below.

| Field | Details |
|---|---|
| Provider | Pacific Scholar Systems Limited, Beach Road, Apia, Samoa |
| Customer | Shenzhen Qingniao Education Technology Co., Ltd., Nanshan District, Shenzhen, PRC |
| Service | ClassBridge scheduling, attendance and learning-management platform (cloud) |
| Scope | 38 training centres, up to 1,200 teacher accounts and 26,000 active learner accounts |
| Subscription Term | 24 months from the Service Start Date |
| Currency | CNY, at the Customer's request |

## Part A. Commercial Terms

### Section 1. Fees

1.1 The fees under this Order Form are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | CNY 18,500 per month x 24 months | 444,000 |
| Onboarding (one-time): data import, single sign-on, WeChat mini-program connection, training | fixed | 56,000 |
| **Total Contract Value** | | **500,000** |

1.2 Learner accounts above 26,000 are charged at CNY 1.20 per account per month. Such charges are usage-based and are not part of the Total Contract Value.

### Section 2. Invoicing and Payment

2.1 The platform subscription is invoiced quarterly in advance, starting on the Service Start Date. Each quarterly invoice is CNY 55,500.

2.2 The onboarding fee is invoiced after Onboarding Acceptance under Section 3.

2.3 The Customer shall pay each correct invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before the Service Start Date.

### Section 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 40 days after signature of this Order Form.

3.2 Onboarding Acceptance requires that: (a) all 38 centres, their classrooms, courses and timetables have been imported and checked against the Customer's source files with no unresolved difference; (b) single sign-on with the Customer's identity system works for all teacher accounts; (c) learners can book, cancel and check in to classes through the mini-program; and (d) a load test with 3,000 concurrent users completes without errors.

3.3 The Customer shall confirm Onboarding Acceptance in writing, or list the failed items, within 7 business days after the Provider's notice of completion. The Service Start Date is the date of Onboarding Acceptance. Use of the platform during onboarding is not acceptance.

3.4 If Onboarding Acceptance is not reached within 40 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

### Section 4. Service Levels

4.1 The Provider shall keep the platform available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and scheduled between 01:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (platform unavailable, or class check-in failing at more than one centre) shall receive a response within 30 minutes and be restored within 3 hours. Priority 2 incidents shall receive a response within 2 hours and be resolved within 2 business days.

4.3 If monthly availability falls below the commitment in Section 4.1, the Provider shall credit 5% of that month's subscription fee for each 0.1 percentage point or part of it below the commitment. A late Priority 1 response earns a credit of 2% of that month's fee per hour. Credits are deducted from the next invoice.

### Section 5. Term

5.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically. Any continuation requires a new Order Form signed by both parties.

## Part B. General Terms

### Section 6. Use of the Service

6.1 The Provider grants the Customer and its centres the right to access and use the platform during the Subscription Term for their own education and training business.

6.2 The Customer is responsible for the accounts it creates and for the lawful content its teachers upload.

### Section 7. Customer Data

7.1 "Customer Data" means all data uploaded to or generated in the platform by or for the Customer, including learner and parent names, contact details, attendance and learning records.

7.2 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service under this Order Form and on the Customer's instructions, and shall not use it for any other purpose.

7.3 The Provider shall host Customer Data in data centres in mainland China operated by a provider holding a valid MLPS level 3 record, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least 180 days, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

7.4 The Provider shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, take immediate steps to contain it, and compensate the Customer for all losses, remediation costs and fines resulting from a security breach caused by the Provider.

7.5 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it, and confirm deletion in writing.

### Section 8. Intellectual Property

8.1 The Provider owns the platform and all improvements to it.

8.2 Course templates, report layouts and timetable rules built for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, including to another service provider.

### Section 9. Warranties

9.1 The Provider warrants that the service will materially conform to its documentation and that onboarding will be performed with reasonable skill and care.

9.2 The Provider warrants that the platform does not infringe any third party's intellectual property rights and shall defend the Customer against any such claim.

### Section 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the 6 months preceding the event giving rise to the claim.

10.3 The limits in this Section do not apply to the Provider's obligations under Section 7.4 or to the Provider's fraud or wilful misconduct.

### Section 11. Subcontracting and Assignment

11.1 The Provider shall not subcontract any part of the service, other than hosting by the data centre operator named in Annex 1, without the Customer's prior written consent, and remains responsible for its subcontractors.

11.2 Neither party may assign this Order Form without the other party's prior written consent.

### Section 12. Termination

12.1 The Customer may terminate this Order Form by written notice if the Provider commits a material breach and does not remedy it within 15 days after notice, or if monthly availability is below the commitment in any two consecutive months.

12.2 The Provider may suspend the service if an undisputed invoice remains unpaid 30 days after a written reminder.

12.3 On termination by the Customer under Section 12.1, the Provider shall refund any prepaid fees for the period after termination.

### Section 13. Governing Law and Disputes

13.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### Section 14. General

14.1 Notices shall be given in writing by email to the contacts named in Annex 1.

14.2 This Order Form, the General Terms and Annex 1 form the entire agreement and may be changed only in writing signed by both parties.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

Annex 1: Contacts and hosting provider.
"""

H487E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. TJ-LK-2025-0733
P:Buyer: Tianjin Binhai Lengyuan Cold Chain Logistics Co., Ltd., Dongjiang Port Zone, Tianjin, PRC (the "Buyer").
P:Supplier: Tonga Sensor Works Limited, Taufa'ahau Road, Nuku'alofa, Kingdom of Tonga (the "Supplier").
P:The Buyer operates a cold-storage warehouse with 14 chambers, four loading docks and a blast-freezing hall at Dongjiang Port. Following a request for quotations, the Buyer has selected the Supplier to supply, install and commission a wireless temperature, humidity and door monitoring system. This Contract is the Buyer's standard purchase contract and prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Monitoring Software" means the Supplier's ColdWatch monitoring software, licensed under clause 9.
P:1.3 "System" means the Equipment and the Monitoring Software installed and configured at the site.
P:1.4 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in all chambers, docks and the blast-freezing hall, configure alarm rules, connect the System to the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The Equipment shall be new, unused and of the models stated in the technical specification attached as Annex 1.
H:3. Contract Price
P:3.1 The Contract Price is CNY 812,000, fixed, including all taxes, freight to the site, insurance and installation:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +30 °C|320|1,150|368,000
TB:2|Wireless humidity sensor|80|1,400|112,000
TB:3|LoRa gateway with backup battery|12|9,500|114,000
TB:4|Door-open sensor|64|450|28,800
TB:5|ColdWatch Monitoring Software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||718,800
TB:6|Installation, calibration and commissioning|1|84,000|84,000
TB:7|Training|1|9,200|9,200
TB:|Contract Price|||812,000
H:4. Payment
P:4.1 The Buyer makes no advance payment.
P:4.2 The Buyer shall pay 65% of the Contract Price within 20 business days after the System has been installed in all areas and the parties have signed the Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 business days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice or a commercial invoice acceptable to the Buyer's bank.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the site within 50 days and complete installation within 75 days after signature of this Contract.
P:5.2 If the Supplier fails to complete installation by that date, it shall pay the Buyer delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may also terminate the Contract under clause 14.
H:6. Acceptance
P:6.1 After installation the System shall run for 30 consecutive days. Final Acceptance requires that during the run: (a) every sensor reports at least once every 60 seconds; (b) the measured temperature of each sensor is within ±0.5 °C of a calibrated reference thermometer at the test points in Annex 2; (c) alarms reach the duty phone and the warehouse management system within 60 seconds in each of the tested scenarios; (d) no critical fault occurs; and (e) the calibration certificates, as-built drawings and manuals have been delivered.
P:6.2 The Buyer shall issue the Final Acceptance Certificate, or a written list of defects, within 10 business days after the end of the run. The Supplier shall correct the defects and the run shall be repeated for the affected areas. Installation, use of the System or any payment does not mean acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment, including sensor batteries, free of charge and shall provide software updates and remote support.
P:7.2 Critical fault means that a chamber, dock or the blast-freezing hall is without temperature monitoring or alarms. The Supplier shall respond to a critical fault within 30 minutes by telephone or remote connection, and shall restore monitoring within 8 hours, using spare sensors held at the site if needed. Other faults shall receive a response within 2 hours and be fixed within 3 business days.
P:7.3 For each full hour by which the response or restoration time for a critical fault is exceeded, the Supplier shall pay the Buyer CNY 300.
P:7.4 The Supplier shall keep a stock of at least 10 spare temperature sensors and one spare gateway at the site throughout the warranty period.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may order annual support for the System at 7% of the Hardware and Licence Subtotal, that is CNY 50,316 per Support Year. The fee is fixed for the first two Support Years after the warranty. Support is ordered separately for each Support Year and does not renew automatically.
H:9. Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software at the site.
P:9.2 The alarm rules, site configuration, floor plans, interface program to the warehouse management system and custom reports prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely. The Supplier shall deliver them in editable form, with source code for the interface program.
H:10. Data Security
P:10.1 All temperature, humidity, door and alarm data collected by the System belong to the Buyer. The Supplier shall not copy or use them for any purpose other than performing this Contract.
P:10.2 The System shall store data on the Buyer's server at the site. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's VPN with individual accounts, and is logged. The Supplier shall change all default passwords before handover.
P:10.3 The Supplier shall report any security incident affecting the System to the Buyer within 12 hours and shall bear the losses caused by incidents attributable to the Supplier.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer names, storage plans and network settings, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under clause 5.2 exceeds 30 days. The Supplier shall then refund all amounts paid and remove the Equipment at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16. Miscellaneous
P:16.1 The Supplier shall comply with the Buyer's site safety rules, including cold-room working time limits and forklift traffic rules.
P:16.2 Neither party may assign this Contract without the other party's written consent. Amendments must be in writing and signed by both parties.
P:Annex 1: Technical specification. Annex 2: Test points and alarm scenarios.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H487E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. VMS-XM-2025-08

**Customer:** Xiamen Lujiang Hotel Management Co., Ltd., Siming District, Xiamen, PRC ("Customer")

**Provider:** Vanua Managed Services Limited, Lini Highway, Port Vila, Republic of Vanuatu ("Provider")

The Customer operates six hotels in Xiamen and Quanzhou. It wishes to outsource its service desk, endpoint management and on-site IT support to the Provider. The parties agree as follows. All charges are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate.

1.3 "Initial Term" means 24 months from the Service Commencement Date.

1.4 "Monthly Fee" means the fee stated in Schedule 2.

## 2. SERVICES

2.1 The Provider shall provide the Services for the Customer's six hotels and regional office, covering about 380 end-user devices, 46 property-management and point-of-sale terminals, and the guest Wi-Fi controllers.

2.2 The Provider shall keep one technician on site at each of the two largest hotels during business hours and provide remote support from its service desk at all times.

## 3. TRANSITION

3.1 The Provider shall complete transition within 45 days after signature. Transition includes the inventory of all devices, installation of the Provider's monitoring agents, knowledge transfer from the Customer's current supplier and the set-up of the service desk.

3.2 Transition Acceptance requires that: (a) at least 98% of devices in the agreed inventory report to the Provider's monitoring console; (b) the service desk has handled test tickets of each priority within the times in Schedule 3; (c) runbooks for the property-management system, point-of-sale terminals and Wi-Fi have been delivered and approved by the Customer; and (d) a two-week shadow period has been completed without a missed Priority 1 ticket.

3.3 The Customer shall sign the Transition Acceptance Certificate or list the unmet criteria within 5 business days after the Provider's notice. Use of the service desk during transition is not acceptance.

3.4 If Transition Acceptance is delayed beyond 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 per day of delay.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,200,000.

4.2 The transition fee is invoiced after Transition Acceptance. The Monthly Fee is invoiced monthly in arrears from the Service Commencement Date. The Customer shall pay undisputed invoices within 30 days.

4.3 There is no advance payment.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the response and resolution times in Schedule 3 and report its performance monthly.

5.2 If the Provider misses a target, it shall give the service credits in Schedule 3. Credits are deducted from the next invoice and are capped at 20% of the Monthly Fee for the month concerned.

## 6. CUSTOMER DATA

6.1 All data on the Customer's devices and systems, including guest records, reservation data and employee data, belong to the Customer. The Provider shall use them only to perform the Services.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's guest lists, room rates, network diagrams and passwords, and shall not disclose it to any third party without prior written consent.

7.2 This clause survives the end of this Agreement for three years.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider keeps the rights in its monitoring tools and service-desk software.

8.2 Runbooks, scripts, device images and documentation prepared for the Customer belong to the Customer, which may use and modify them and hand them to any future supplier.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Provider's on-site technicians shall comply with the hotels' dress code, security rules and guest-privacy rules.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues for the Initial Term.

10.2 At the end of the Initial Term this Agreement renews automatically for successive renewal periods of 6 months each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

10.3 The Provider may increase the Monthly Fee with effect from the start of any renewal period by giving the Customer 30 days' notice of the new fee.

## 11. TERMINATION

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if the Provider misses the Priority 1 response target in three months within any six-month period.

11.2 On termination or expiry the Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 2, and shall return all Customer documents and credentials.

## 12. LIABILITY

12.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

12.2 Neither party is liable for indirect loss or loss of profit, except in cases of wilful misconduct.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices shall be in writing and sent to the addresses above.

14.3 This Agreement and its Schedules are the entire agreement between the parties.

## SCHEDULE 1 — SERVICES

| Service | Description |
|---|---|
| Service desk | Chinese and English phone, WeChat and portal support for staff at all times |
| Endpoint management | Patching, antivirus, software deployment and asset records for all devices |
| On-site support | Technicians at two hotels in business hours; visits to the other sites as needed |
| Network support | Monitoring of switches, firewalls and guest Wi-Fi controllers |
| Moves and changes | Up to 40 device moves, adds or changes per month |

## SCHEDULE 2 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 76,800 |
| Monthly Fee | CNY 46,800 x 24 months | 1,123,200 |
| **Total Contract Value** | | **1,200,000** |
| Exit assistance | CNY 1,800 per technician day | outside the Total Contract Value |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Credit per missed ticket |
|---|---|---|---|---|
| P1 | Property-management system or a hotel's network down | 15 minutes | 3 hours | 3% of the Monthly Fee |
| P2 | Point-of-sale terminal or one floor's Wi-Fi down | 30 minutes | 8 hours | 1% of the Monthly Fee |
| P3 | Single user device fault | 2 hours | 2 business days | CNY 200 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

H487E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. HLD-API-2025-031

Between:
Guangzhou Nanhai Timber Trading Co., Ltd., Huangpu District, Guangzhou, PRC (the "Customer"); and
Highlands Market Data Limited, Huon Road, Lae, Morobe Province, Papua New Guinea (the "Vendor").

Background. The Customer imports tropical timber and plywood and needs reliable shipping, port and price data for its purchasing team. The Vendor operates the TimberPulse data service, which provides log export prices, vessel schedules for Pacific ports, export permit status and weather data through an application programming interface (API). At the Customer's request, all fees are stated and paid in CNY.

1. DEFINITIONS
1.1 "API" means the Vendor's TimberPulse REST API and the data feeds listed in Schedule A.
1.2 "Activation Date" means the date on which the Customer confirms Integration Acceptance under clause 4.
1.3 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period up to the day before the next anniversary.
1.4 "Subscription Term" means two Subscription Years from the Activation Date.
1.5 "Customer Data" means the Customer's watch lists, queries, API keys, usage logs and any data the Customer uploads.

2. SUBSCRIPTION
2.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the data received for the Customer's internal purchasing, logistics and risk management.
2.2 The subscription includes up to 3,000,000 API calls per Subscription Year and 25 named user accounts for the web dashboard.
2.3 The Customer may share charts and summaries derived from the data with its own customers and banks in the ordinary course of business, but may not resell the raw data.

3. FEES AND PAYMENT
3.1 The fees are:
   Subscription fee: CNY 268,000 per Subscription Year x 2 = CNY 536,000
   Set-up and integration support (one-time): CNY 24,000
   Total Contract Value: CNY 560,000
3.2 API calls above the included volume are charged at CNY 45 per 10,000 calls, invoiced quarterly in arrears. These usage charges are not part of the Total Contract Value.
3.3 The subscription fee is invoiced in equal quarterly instalments of CNY 67,000, each in advance at the start of the quarter, beginning on the Activation Date.
3.4 The set-up fee is invoiced after Integration Acceptance.
3.5 The Customer shall pay correct invoices within 30 days by bank transfer. Nothing is payable before the Activation Date.

4. INTEGRATION AND ACCEPTANCE
4.1 Within 30 days after signature, the Vendor shall provide sandbox access, API documentation and two days of remote integration support to help the Customer connect the API to its purchasing system.
4.2 Integration Acceptance requires that: (a) every data feed in Schedule A returns records in the documented schema; (b) the test suite in Schedule B passes in full against the production API; (c) historical price series for the species in Schedule A are complete for the last three calendar years; and (d) the 25 dashboard accounts have been created.
4.3 The Customer shall confirm Integration Acceptance in writing, or list the failed tests, within 5 business days after the Vendor notifies completion. Use of the sandbox is not acceptance.
4.4 If the API is not ready for Integration Acceptance within 30 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 per day of delay.

5. SERVICE AVAILABILITY AND SUPPORT
5.1 The Vendor will use commercially reasonable efforts to keep the API available and to publish data updates promptly after it receives them from its sources.
5.2 The Vendor provides support by email and through its online ticket system during its business hours in Lae. The Vendor will respond to support requests as soon as reasonably practicable.
5.3 The Vendor may carry out maintenance at any time and will try to announce planned maintenance on its status page.

6. DATA QUALITY
6.1 The Vendor collects data from port authorities, exporters, shipping lines and public sources, and will correct errors that the Customer reports within a reasonable time.
6.2 The Customer acknowledges that market data may contain errors from its sources, and that purchasing decisions remain the Customer's own.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to provide the API and support under this Agreement, and shall not use, analyse, sell or disclose it for any other purpose, including in aggregated form.
7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication for administrative access, and logging of all access, and shall keep API keys in a secure vault.
7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, revoke and reissue affected API keys, and compensate the Customer for all losses resulting from an incident caused by the Vendor or its subcontractors.
7.4 At the end of the Subscription Term the Vendor shall delete Customer Data within 30 days and confirm deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The Vendor and its sources own the API and the data supplied through it, subject to the rights granted in clause 2.
8.2 The species mapping tables, custom alert rules and report templates that the Vendor builds at the Customer's request belong to the Customer, which may use, modify and license them freely.
8.3 Charts, reports and analyses that the Customer produces belong to the Customer.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public business information, including the Customer's watch lists and purchasing volumes, and shall not disclose it to any third party without prior written consent.
9.2 This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTORS
10.1 The Vendor may use subcontractors, including hosting providers, data collectors and support contractors, to perform this Agreement. The Vendor will notify the Customer of any new subcontractor by email or on its status page.
10.2 The Vendor remains responsible for the acts and omissions of its subcontractors.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss, or for loss of profit, except in case of fraud or wilful misconduct.
11.2 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 7.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically.
12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice. The Vendor shall then refund any fees paid for the period after termination.
12.3 The Vendor may suspend access if an undisputed invoice remains unpaid 30 days after a written reminder.

13. GOVERNING LAW AND DISPUTES
13.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

14. GENERAL
14.1 Neither party may assign this Agreement without the other party's written consent.
14.2 Notices shall be given in writing by email to the contacts in Schedule A.
14.3 This Agreement and its Schedules are the entire agreement of the parties on its subject.

SCHEDULE A - DATA FEEDS
Log and sawn timber export prices (weekly) for 18 species from Papua New Guinea, Solomon Islands and Fiji
Vessel schedules and berth status for Lae, Port Moresby, Honiara, Suva and Lautoka
Export permit status (where published)
Marine weather for the above ports

SCHEDULE B - ACCEPTANCE TEST SUITE
42 test calls covering each endpoint, pagination, filtering, authentication errors and rate-limit responses.

For the Customer: ____________________      For the Vendor: ____________________
"""

ZPAD_A = """不可抗力：因地震、洪水、疫情、政府行为等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。不可抗力消除后，受影响方应立即恢复履行。
通知与送达：本合同项下的通知应以书面形式送达合同首部所列地址或双方项目联系人的电子邮箱，以专人送达签收之日、快递签收之日或电子邮件进入对方系统之日为送达日。一方变更联系地址或联系人的，应提前3日书面通知对方。
廉洁条款：双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益；发现违反的，甲方有权终止合作并追究相应责任。"""

ZPAD_B = """项目管理：双方各指定一名项目负责人，负责需求确认、进度协调和问题处理。乙方应每周提交书面周报，说明工作进展、存在问题和下周计划；重大问题应在发现当日通知甲方项目负责人。双方每月召开一次项目例会并形成会议纪要，经双方确认后作为合同履行的依据。
培训：乙方应为甲方管理员和一线使用人员分别组织培训，提供培训教材和操作视频，培训结束后进行考核，确保甲方人员能够独立完成日常操作和常见问题处理。"""

EPAD_A = """Force Majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as earthquakes, cyclones, floods, epidemics, war or acts of government, provided that it notifies the other party in writing within five days, provides reasonable evidence and takes all reasonable steps to resume performance as soon as possible.
Anti-Bribery. Each party shall comply with applicable anti-bribery laws and shall not offer or give any payment, gift or other advantage to the other party's employees in connection with this agreement.
Project Management. Each party shall appoint a project manager who is responsible for day-to-day communication, progress reporting and the resolution of issues. The project managers shall meet at least once a month, in person or by video conference, and keep written minutes of the decisions taken."""

ZPAD_C = """文档交付：乙方应按约定交付需求说明、设计文档、安装部署手册、操作手册、维护手册和测试报告，文档应使用中文编写，内容与实际交付的系统或设备一致；文档如有更新，乙方应及时提交更新版本并说明变更内容。
安全生产：乙方人员进入甲方场所，应遵守甲方的安全生产、消防、门禁和保密管理制度，服从甲方现场管理人员的安排；乙方应为其派驻人员办理必要的意外伤害保险，因乙方人员违反安全规定造成的人身伤害或财产损失由乙方负责。
人员管理：乙方应保持项目团队稳定，项目经理和主要技术人员未经甲方同意不得更换；甲方认为乙方人员不能胜任工作的，有权要求乙方在7日内更换。"""

EPAD_B = """Insurance. The supplying party shall maintain, at its own cost and with reputable insurers, public liability insurance and insurance for its personnel working at the buyer's premises, and shall provide certificates of insurance on request.
Documentation. All manuals, reports and other documentation shall be delivered in English and, where the buyer requests, in Chinese, and shall be kept up to date whenever the delivered system or service changes.
Changes. Either party may request a change to the scope. The supplying party shall state in writing the effect of the change on price and schedule within ten business days, and no change is binding until both parties have signed a written change note."""

ZPAD_D = """变更管理：合同履行过程中任何一方提出范围、进度或技术方案变更的，应以书面形式提出，说明变更原因、内容及对价格和进度的影响，经双方授权代表签字确认后方可实施；未经书面确认的变更，对双方不具约束力。
合同文件：本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等效力。"""

EPAD_C = """Records. The supplying party shall keep complete and accurate records of the work performed and the charges invoiced under this agreement for three years after its end and shall make them available to the buyer's auditors on reasonable notice during business hours.
Severability and Waiver. If any provision is held invalid, the remaining provisions continue in force. A failure or delay in exercising a right is not a waiver of it."""


def pad_zh(src, parts, anchor, tagged):
    lines = [ln for p in parts for ln in p.split("\n")]
    if tagged:
        block = "H:附加条款\n" + "\n".join("P:" + ln for ln in lines) + "\n"
    else:
        block = "\n".join(lines) + "\n\n"
    i = src.rindex(anchor)
    return src[:i] + block + src[i:]


def pad_en(src, text, anchor, tagged, heading="Additional Provisions"):
    lines = text.split("\n")
    if tagged:
        block = "H:" + heading + "\n" + "\n".join("P:" + ln for ln in lines) + "\n"
    else:
        block = heading.upper() + "\n" + "\n\n".join(lines) + "\n\n"
    i = src.rindex(anchor)
    return src[:i] + block + src[i:]


H487Z01 = pad_zh(H487Z01, [ZPAD_A.split("\n")[0], ZPAD_C.split("\n")[1], ZPAD_D.split("\n")[0]], "P:甲方（盖章）", True)
H487Z02 = pad_zh(H487Z02, [ZPAD_A, ZPAD_B.split("\n")[0], ZPAD_C.split("\n")[1], ZPAD_D], "P:甲方（盖章）", True)
H487Z03 = pad_zh(H487Z03, [ZPAD_A, ZPAD_B, ZPAD_C.split("\n")[0], ZPAD_D.split("\n")[0]], "甲方（盖章）", False)
H487Z04 = pad_zh(H487Z04, [ZPAD_A, ZPAD_B, ZPAD_C.split("\n")[1], ZPAD_C.split("\n")[2], ZPAD_D], "甲方（盖章）", False)
H487Z05 = pad_zh(H487Z05, [ZPAD_A, ZPAD_B, ZPAD_C, ZPAD_D.split("\n")[0]], "## 第十四条", False)
H487E01 = pad_en(H487E01, EPAD_A.split("\n")[1], "P:Annex 1:", True, "Article 16 Anti-Bribery")
H487E02 = pad_en(H487E02, EPAD_A.split("\n")[2] + "\n" + EPAD_B.split("\n")[2] + "\n" + EPAD_C, "Signed for the Customer", False, "### Section 15. Project Management and Changes")
H487E03 = pad_en(H487E03, EPAD_A.split("\n")[1] + "\n" + EPAD_A.split("\n")[2] + "\n" + EPAD_B.split("\n")[2] + "\n" + EPAD_C.split("\n")[0], "P:Annex 1:", True, "17. Anti-Bribery, Project Management and Changes")
H487E04 = pad_en(H487E04, EPAD_A + "\n" + EPAD_B + "\n" + EPAD_C.split("\n")[0], "## SCHEDULE 1", False, "## 15. OTHER PROVISIONS")
H487E05 = pad_en(H487E05, EPAD_A + "\n" + EPAD_B.split("\n")[1], "SCHEDULE A - DATA FEEDS", False, "15. OTHER PROVISIONS")

# key -> (file name, kind) ; kind: txt | md | docx | pdf
FILES = {
    "h487z01": ("h487z01_grain_reserve_depot_supervision_platform.pdf", "pdf", H487Z01, "zh"),
    "h487z02": ("h487z02_aluminium_extrusion_press_control_retrofit.docx", "docx", H487Z02, "zh"),
    "h487z03": ("h487z03_family_play_park_ticketing_saas.txt", "txt", H487Z03, "zh"),
    "h487z04": ("h487z04_science_museum_exhibit_system_om.txt", "txt", H487Z04, "zh"),
    "h487z05": ("h487z05_bean_paste_factory_traceability_supplier_template.md", "md", H487Z05, "zh"),
    "h487e01": ("h487e01_fiji_vendor_seafood_quality_software_licence.pdf", "pdf", H487E01, "en"),
    "h487e02": ("h487e02_samoa_vendor_education_saas_order_form.md", "md", H487E02, "en"),
    "h487e03": ("h487e03_tonga_vendor_cold_store_sensors.docx", "docx", H487E03, "en"),
    "h487e04": ("h487e04_vanuatu_vendor_hotel_managed_it_service.md", "md", H487E04, "en"),
    "h487e05": ("h487e05_png_vendor_timber_market_data_api.txt", "txt", H487E05, "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# label design: terms, extra, category, TCO inputs (fee base, annual post-warranty fee) for goods
LABELS = {
    "h487z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2446000), (1280000, 102400)),
    "h487z02": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, False, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1410000), (1231000, 110790)),
    "h487z03": ("cloud", T(99.5, 0.25, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1132000), None),
    "h487z04": ("services", T(None, 0.25, True, "buyer", True, True, True, 500 / 486000 * 100, 50, None, True, None, None, None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000), None),
    "h487z05": ("software", T(None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 25, False, True, None, "PRC", G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=980000), (720000, 180000)),
    "h487e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "Fiji", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1140000), (734000, 80740)),
    "h487e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, False, 600 / 500000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=500000), None),
    "h487e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=812000), (718800, 50316)),
    "h487e04": ("services", T(None, 0.25, True, "buyer", False, True, True, 900 / 1200000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1200000), None),
    "h487e05": ("cloud", T(None, None, False, "buyer", True, True, True, 400 / 560000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000), None),
}

DESIGN = {
    "h487z01": [],
    "h487z02": ["CR-LD-LOW", "CR-TERMINATION"],
    "h487z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h487z04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h487z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h487e01": ["CR-GOVERNING-LAW"],
    "h487e02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h487e03": [],
    "h487e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "h487e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, war, tco):
    """Policy §4 by my reading: horizon 5 years from acceptance, post-warranty years = 5 - warranty years."""
    if tco is None or tco[1] is None:
        return None
    years = max(0.0, 5 - war / 12)
    pw = years * tco[1]
    return pw / (value + pw) * 100


def my_rules(t, x, tco):
    """My own reading of policy.md §3 (not project code)."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    if t["contract_kind"] == G:
        sh = tco_share(x["contract_value"], t["warranty_months"] or 0, tco)
        if sh is not None and sh > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- thresholds: patterns must hit the threshold figures and miss the near misses ----
ND = r"(?<![\d.,])"
THRESH = [
    ND + r"99[.．]9(?!\d)\s*[%％]?", r"(?<![\d十])4\s*(?:个)?\s*小时", r"四\s*(?:个)?\s*小时", r"(?i)\b(?:four|4)[\s-]*hours?\b",
    r"(?<!\d)240\s*分钟", r"(?i)\b240\s*minutes", ND + r"0?[.．]05\s*[%％]", r"万分之五(?![十百千])", r"(?i)0\.05\s*per\s*cent",
    ND + r"100\s*[%％]", r"百分之百", r"(?i)one\s*hundred\s*per\s*cent", ND + r"30\s*[%％]", r"百分之三十(?![\d一二三四五六七八九])", r"三成",
    r"(?i)thirty\s*per\s*cent", ND + r"12\s*(?:个)?\s*月", r"十二\s*(?:个)?\s*月", r"一年", r"(?<![\d])1\s*年(?!度)",
    r"(?i)\b(?:twelve|12)[\s-]*months?\b", r"(?i)\bone[\s-]*year\b", r"(?i)\b1[\s-]*year\b", ND + r"15\s*[%％]",
    r"百分之十五(?![\d一二三四五六七八九])", r"(?i)fifteen\s*per\s*cent", ND + r"40\s*[%％]", r"百分之四十(?![\d一二三四五六七八九])", r"四成",
    r"(?i)forty\s*per\s*cent", r"(?<!\d)5\s*年(?!度)", r"(?<![十\d])五\s*年(?!度)", r"(?i)\b(?:five|5)[\s-]*years?\b",
    r"(?i)\b(?:sixty|60)[\s-]*months?\b", r"(?<!\d)60\s*个?\s*月",
]
THRESH_NOWS = [  # for whitespace-free text (no word boundaries there)
    ND + r"99[.．]9(?!\d)[%％]?", r"(?<![\d十])4个?小时", r"四个?小时", r"(?i)(?<![a-z\d])(?:four|4)-?hours?", r"(?<!\d)240分钟",
    r"(?i)(?<!\d)240minutes", ND + r"0?[.．]05[%％]", r"万分之五(?![十百千])", ND + r"100[%％]", r"百分之百", r"(?i)onehundredpercent",
    ND + r"30[%％]", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)thirtypercent", ND + r"12个?月", r"十二个?月", r"一年", r"(?<!\d)1年(?!度)",
    r"(?i)(?<!\d)(?:twelve|12)-?months?", r"(?i)(?<![a-z])one-?year", r"(?i)(?<!\d)1-?year", ND + r"15[%％]", r"百分之十五(?![一二三四五六七八九])",
    r"(?i)fifteenpercent", ND + r"40[%％]", r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?i)fortypercent", r"(?<!\d)5年(?!度)", r"(?<![十\d])五年(?!度)",
    r"(?i)(?<![a-z\d])(?:five|5)-?years?", r"(?i)(?<!\d)(?:sixty|60)-?months?", r"(?<!\d)60个?月",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "一年", "twelve months", "one year", "12 months", "15%", "40%",
            "四成", "5年", "五年", "five years", "60 months", "60个月", "4-hour", "one-year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "99.5%", "24 hours", "14 hours",
             "2025年3月", "200%", "130%", "0.105%", "112 months", "2015年", "25 years", "千分之一", "45%", "35%", "25%",
             "Subscription Year", "Support Year", "15 days", "30 days", "12 hours", "1,200", "40 days", "48小时"]


def hits(text):
    found = [m.group(0) for p in THRESH for m in re.finditer(p, text)]
    col = " ".join(text.split())
    found += [m.group(0) for p in THRESH for m in re.finditer(p, col)]
    nows = "".join(text.split())
    found += [m.group(0) for p in THRESH_NOWS for m in re.finditer(p, nows)]
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def raw_text(src):
    return "\n".join(ln.partition(":")[2] if re.match(r"^(T|H|P|LN|TB):", ln) else ln for ln in src.splitlines()).replace("|", " ")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    bin_sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    bin_targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(bin_sources, bin_targets, OUT, wrap_words=True)
    for k, (name, kind, src, lang) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for k, (name, kind, src, lang) in FILES.items():
        cat, terms, extra, tco = LABELS[k]
        rules = my_rules(terms, extra, tco)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no label on a threshold
        bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for key, th in bad.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        if terms["contract_kind"] == G:
            sh = tco_share(extra["contract_value"], terms["warranty_months"] or 0, tco)
            assert sh is None or abs(sh - 40) > 2, (k, sh)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / name)
        n = measure(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        h = hits(back) + hits(src) + hits(raw_text(src))
        sh = tco_share(extra["contract_value"], terms["warranty_months"] or 0, tco) if terms["contract_kind"] == G else None
        print(f"{k} {lang} len={n} {'OK' if ok else 'OUT OF RANGE'} nonws={len(''.join(back.split()))} risk={risk(rules)} "
              f"tco={sh if sh is None else round(sh, 2)} rules={rules} thresholds={h}")
        if not ok or h:
            problems.append(k)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert not problems, problems
    print("all checks passed")
