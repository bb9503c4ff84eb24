"""holdout481: builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md directly, the .docx/.pdf through
../word_pdf.py (wrap_words=True), the .json labels (one-space indent, no trailing newline), then reads every built file
back and checks lengths, threshold-free text, label conventions and rule coverage (own reading of policy.md §3).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf) 文旅局 智慧景区管理平台, 政府采购, buyer's paper
H481Z01 = """
T:青川市智慧景区管理平台建设项目合同
P:合同编号：QCWL-ZFCG-2026-017
P:采购人（甲方）：青川市文化广电和旅游局
P:供应商（乙方）：蜀景数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及青川市智慧景区管理平台建设项目（项目编号：QCCG-2026-0931）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧景区管理平台V5.0软件永久使用许可，包括票务与分时预约、客流监测、视频融合、游客服务、应急指挥五个模块，并完成针对甲方的定制开发、部署实施和培训。
P:1.2 定制开发内容为：全市6个A级景区的票务和闸机数据接入、分时预约与限流规则配置、文旅大数据驾驶舱、与省级智慧旅游平台的数据接口。详细功能以附件1《功能需求清单》为准。
P:1.3 平台部署在甲方指定的政务云资源上，服务器、存储及网络资源由甲方提供，乙方负责软件安装、配置和调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），为固定总价，包含软件许可、定制开发、部署实施、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|智慧景区管理平台V5.0软件许可（永久，五个模块）|1,180,000
TB:2|定制开发（景区接入、分时预约、驾驶舱、省平台接口）|760,000
TB:3|部署实施及数据迁移|148,000
TB:4|培训（管理员及景区操作人员）|32,000
TB:合计||2,120,000
P:2.2 上表第1项为软件许可小计，作为本合同第八条维护费的计算基数。
H:第三条 付款方式
P:3.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.2 合同签订后10个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即¥424,000。
P:3.3 平台部署完成并通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥954,000。
P:3.4 平台通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥742,000。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署并提交初步验收申请，在合同签订后150日内完成定制开发并具备最终验收条件。
P:4.2 乙方应向甲方交付安装介质、定制开发部分的全部源代码、数据库设计说明、接口文档、用户手册和运维手册。
H:第五条 验收
P:5.1 初步验收由甲方组织，按照附件1逐项测试功能，并确认：6个景区票务和闸机数据实时接入，延迟不超过10秒；分时预约在2,000个并发用户下页面响应不超过3秒；与省级平台的接口连续7日数据一致。
P:5.2 初步验收合格后进入60日试运行。试运行期间累计一级故障不超过1次、遗留问题全部关闭，且平台通过网络安全等级保护第二级测评后，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前3日经甲方同意，并避开节假日）。
P:6.3 故障分级及响应：一级故障（票务或预约中断、平台无法访问）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个版本中修复。
P:6.4 乙方未达到第6.2款可用率承诺的，可用率每低0.01个百分点，甲方从应付款或履约保证金中扣除¥2,000；一级故障响应或恢复每超时1小时，扣除¥1,000。
H:第七条 知识产权
P:7.1 平台软件原有的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属景区。
P:7.2 本合同定制开发形成的软件、源代码、接口程序、数据模型和文档的知识产权归甲方所有，甲方可以自行使用、修改，也可以委托第三方维护。
P:7.3 乙方保证交付成果不侵犯第三方合法权益；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 质保期满后的维护
P:8.1 质保期满后，甲方可选择与乙方签订年度维护合同。年度维护费不超过软件许可小计的8%，即每年不超过¥94,400；在质保期满后的三个服务年度内，该费用不得上调。
P:8.2 年度维护合同逐年签订，不自动续期。
H:第九条 数据安全
P:9.1 平台中的游客个人信息、票务数据、客流数据、视频数据及由此产生的统计数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输、操作日志留存等措施；运维人员经甲方堡垒机访问系统，不得将数据复制出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在发现后1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过60日或经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 本合同在双方履行完毕全部义务后终止，不自动续期。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件1《功能需求清单》、附件2《部署方案》、附件3《培训计划》为本合同的组成部分。
P:甲方（盖章）：青川市文化广电和旅游局
P:乙方（盖章）：蜀景数智科技有限公司
P:签订日期：2026年3月16日
"""

# ---------------------------------------------------------------- z02 (docx) 制药厂 冻干机 控制系统改造 + 维保
H481Z02 = """
T:冻干机控制系统改造及维保合同
P:合同编号：HK-SB-2026-0042
P:甲方：江北华康制药有限公司
P:乙方：苏州衡控自动化工程有限公司
P:鉴于甲方两台在用冻干机（LYO-1、LYO-2）的原控制系统已停产、备件短缺，且不能满足药品GMP附录《计算机化系统》关于审计追踪和电子签名的要求，甲方决定对其控制系统进行改造。乙方具备相应的设计、实施和验证能力。双方经协商，订立本合同。
H:一、改造范围
P:（一）拆除原控制柜，更换PLC控制器及I/O模块、工控机及触摸屏、真空、温度和压力传感器。
P:（二）提供SCADA监控软件永久许可，开发冻干工艺控制程序、配方管理和批报表，实现审计追踪、电子签名和权限分级。
P:（三）完成安装调试，编制并执行IQ/OQ/PQ验证文件，配合甲方完成验证报告。
P:（四）质保期满后按本合同第八部分提供维保服务。
P:（五）改造后的控制系统应保留原设备的联锁保护功能，并新增真空泄漏率自动测试功能。
H:二、合同价款
P:（一）本合同总价为人民币壹佰肆拾玖万元整（¥1,490,000），含税。分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|2套|486,000
TB:2|工控机及触摸屏|4台|138,000
TB:3|真空、温度及压力传感器|1批|164,000
TB:4|SCADA监控软件许可（永久，含审计追踪）|2套|226,000
TB:小计|硬件及软件小计||1,014,000
TB:5|控制程序开发与配方管理|1项|268,000
TB:6|安装调试|1项|96,000
TB:7|验证服务（IQ/OQ/PQ）|1项|112,000
TB:合计|||1,490,000
P:（二）硬件及软件小计为第八部分维保费的计算基数。
P:（三）合同总价包括设备运输、保险、包装及乙方人员的差旅费用，甲方不再另行支付其他费用。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款（¥149,000）。
P:（二）设备到货并安装完毕后，甲方支付合同总价的50%（¥745,000）。到货签收和安装完毕不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的35%（¥521,500）。
P:（四）其余5%（¥74,500）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、工期
P:（一）乙方应在合同签订后60日内完成设备到货；改造施工须在甲方安排的停机窗口内进行，每台冻干机停机不超过20日。
P:（二）两台冻干机的改造、调试和OQ应在合同签订后120日内全部完成。
P:（三）乙方应在OQ完成前对甲方操作、维修和QA人员进行培训，培训不少于3次，每次提供培训记录和考核结果。
H:五、验收
P:（一）验收依据为本合同、甲方用户需求说明（URS）及经双方批准的验证方案。
P:（二）验收标准：板层温度控制精度±1℃；冷阱最低温度不高于-70℃；真空度控制偏差不超过±2Pa；每台设备连续完成三批空白及模拟产品冻干循环，无报警停机；审计追踪、电子签名及权限功能逐项测试通过；IQ/OQ/PQ报告经甲方质量部批准。
P:（三）验收合格后甲方签署最终验收报告。设备投入使用或甲方支付进度款，不视为验收合格。
P:（四）验证文件须符合甲方质量管理体系要求，全部原始记录由乙方整理后移交甲方QA存档。
H:六、质保与服务水平
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并修复软件缺陷。
P:（二）质保期内及维保期内，控制系统月度可用率不低于99.5%（经甲方同意的计划停机除外）。
P:（三）故障响应按下表执行：
TB:故障等级|情形|响应时间|到场时间
TB:一级|冻干机停机或批次中断|15分钟|2小时
TB:二级|部分功能失效但不影响生产|1小时|8小时
TB:三级|一般咨询及轻微问题|8小时|下一工作日
P:（四）响应或到场每超时1小时，乙方支付¥1,500；月度可用率低于第（二）项承诺的，每低0.1个百分点，乙方支付¥3,000。上述款项可从质量保证金或维保费中扣除。
H:七、分包
P:（一）乙方可将电气控制柜的安装、布线及接线工作分包给具备相应资质的第三方，但应在进场前5个工作日书面通知甲方，无需另行取得甲方同意。乙方对分包方的工作承担全部责任。
H:八、维保
P:（一）质保期满后，乙方提供年度维保服务，维保费为硬件及软件小计的9%，即每年¥91,260，在质保期满后的三个服务年度内固定不变。
P:（二）维保内容包括每季度一次预防性维护、7×24小时电话支持、备件供应及软件补丁。
P:（三）维保服务按服务年度签订，不自动续期。
P:（四）每次预防性维护后，乙方应提交维护报告，列明检查项目、更换部件和遗留问题。
H:九、数据与信息安全
P:（一）冻干机运行数据、批记录、审计追踪记录和电子签名记录均属于甲方，乙方不得复制、带离或用于其他目的。
P:（二）乙方远程访问须逐次经甲方审批，通过甲方堡垒机进行并全程记录；不得关闭或修改审计追踪功能。
P:（三）发生数据丢失、篡改或泄露的，乙方应在2小时内报告甲方并配合调查；因乙方原因造成的，乙方承担全部责任，包括因此造成的批次报废损失。
H:十、保密
P:（一）乙方对在本合同履行中知悉的甲方工艺参数、配方、验证资料及其他技术和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:十一、知识产权
P:（一）为甲方开发的控制程序、配方模板、批报表及其源程序和验证文件归甲方所有，甲方有权自行修改或委托第三方维护。
P:（二）SCADA软件及PLC固件的原有知识产权归其权利人，甲方获得永久使用许可。
H:十二、违约责任
P:（一）乙方逾期完成的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、数据安全责任及人身伤害造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除本合同并要求赔偿。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十五、甲方配合事项
P:（一）甲方应按工期安排提供停机窗口、施工用电和压缩空气，并指派工艺、设备和QA人员参加方案审核和测试。
P:（二）甲方应在收到乙方提交的验证方案后7个工作日内完成审核；因甲方原因延误的，工期相应顺延。
H:十六、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。双方根据影响程度协商延期履行、部分履行或解除合同。
H:十七、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件《用户需求说明（URS）》《设备清单》《验证方案》为本合同的组成部分。
P:（二）本合同的变更须经双方书面确认。维保期满或合同终止时，乙方应交回其使用的全部账号，并删除其持有的甲方资料。
P:甲方（盖章）：江北华康制药有限公司
P:乙方（盖章）：苏州衡控自动化工程有限公司
P:日期：2026年4月8日
"""

# ---------------------------------------------------------------- z03 (txt) 花店连锁 订单及配送 SaaS + 实施, "1. 1.1"
H481Z03 = """花漾里门店订单及配送管理系统服务合同

合同编号：HYL-IT-2026-05
甲方：杭州花漾里花艺连锁有限公司
乙方：上海云芽信息技术有限公司

鉴于甲方在杭州市经营12家花店门店，需要统一的线上订单、门店调拨和同城配送管理系统；乙方拥有"云芽花店通"SaaS平台，双方就甲方订阅该平台并由乙方提供实施服务事宜，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方12家门店提供"云芽花店通"平台的订阅服务，包括小程序商城、门店收银、订单管理、花材库存及损耗管理、会员管理和同城配送调度模块。
1.2 乙方提供实施服务：开通12家门店账号，导入商品资料及近两年的会员和历史订单，对接甲方微信小程序和两家同城配送平台，配置情人节、母亲节等节日的预售规则，并对店长和客服人员进行培训。
1.3 服务期为两个服务年度，自上线验收通过之日起计算。
1.4 乙方为甲方指定一名客户成功经理，负责日常对接、季度业务回顾和新功能培训。
1.5 甲方新增门店的，按每家门店每服务年度¥3,600另行签订补充协议。

2. 费用
2.1 费用明细如下：
门店订阅费：12家 × ¥3,600/服务年度 = ¥43,200/服务年度
配送调度模块：¥18,000/服务年度
年度订阅费合计：¥61,200/服务年度，两个服务年度共计¥122,400
实施费（一次性）：¥36,800
合同总价：¥159,200
2.2 超出套餐的短信通知按实际发送量另行结算，不计入合同总价。
2.3 上述价格均含增值税。服务期内订阅单价不作调整。

3. 付款
3.1 实施费在上线验收通过后10日内一次性支付。
3.2 订阅费按季度结算，每季度结束后10日内，甲方支付该季度订阅费¥15,300。
3.3 本合同不设预付款。
3.4 乙方应在每次收款前开具增值税专用发票。甲方有权从应付款中扣除按第5.4条计算的抵扣金额。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成实施并提交上线验收申请。
4.2 上线验收标准：12家门店账号全部开通；导入的商品、会员和历史订单经抽查核对一致；小程序下单、门店接单、配送派单、签收回传的完整流转测试20单全部通过；节日预售规则按甲方需求生效；店长培训完成并有签到记录。
4.3 验收通过后双方签署上线验收单。试用期间的使用不视为验收通过。
4.4 乙方逾期完成实施的，每逾期一日向甲方支付违约金¥200。
4.5 甲方应在乙方提出需求后3个工作日内提供商品资料、会员数据和配送平台账号；因甲方原因延误的，实施期限相应顺延。
4.6 乙方应为甲方提供操作手册和培训视频，并在上线后首月安排实施顾问每周到店巡访一次，协助门店解决使用问题。

5. 服务水平
5.1 平台月度可用率不低于99.95%，计划维护须安排在凌晨1点至6点之间，并提前2日通知甲方。
5.2 一级故障（无法下单、收银或派单）30分钟内响应、2小时内恢复；二级故障2小时内响应、当日解决；三级故障在5个工作日内解决。
5.3 情人节、七夕、母亲节前后各3日，乙方安排专人值守。
5.4 月度可用率每低于承诺0.1个百分点，抵扣当季度订阅费的5%；一级故障恢复每超时1小时，抵扣¥100。
5.5 乙方每月5日前向甲方提供上月可用率、故障及处理情况报告。
5.6 节日高峰期间，乙方应提前完成扩容和压力测试，确保平台支持每小时不少于2,000笔订单。

6. 数据安全
6.1 甲方的订单、会员、收花人姓名、电话和地址等数据均属于甲方所有。乙方仅为向甲方提供本合同服务而处理该数据，不得用于其他目的，不得出售或向第三方提供。
6.2 乙方应将数据存储于中国境内的云服务器，采取加密存储、分级授权、操作日志留存等安全措施，每日备份并保留30日。
6.3 发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成损失的，乙方承担赔偿责任。
6.4 服务终止后30日内，乙方应按甲方要求导出全部数据，并在甲方确认后删除。
6.5 乙方工作人员访问甲方数据须经授权，并留存访问记录备查。

7. 知识产权
7.1 平台的知识产权归乙方所有。
7.2 为甲方定制的小程序页面、节日预售模板和经营报表属于甲方，甲方可以自由使用和修改。
7.3 乙方保证平台不侵犯第三方知识产权，因侵权产生的纠纷由乙方负责处理。
7.4 服务期满不续期的，甲方有权继续使用已导出的数据及属于甲方的页面、模板和报表。

8. 续期
8.1 服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。
8.2 续期时乙方有权按其届时公布的价格体系调整订阅单价，调整后的价格自续期之日起适用。

9. 合同解除
9.1 订阅费按服务年度计算，服务期内甲方不得提前解除本合同。
9.2 乙方未达到服务水平或有其他违约行为的，甲方可以要求乙方继续履行、采取补救措施并按第5.4条抵扣费用，但不得因此解除本合同。
9.3 因不可抗力致使合同目的不能实现的，双方可以协商解除本合同。

10. 分包
10.1 乙方不得将实施服务分包或转包给第三方；确需分包的，应事先取得甲方书面同意。

11. 违约责任
11.1 乙方违反第6条约定的，除赔偿损失外，还应向甲方支付违约金¥20,000。
11.2 乙方累计赔偿责任以合同总价的两倍为限，但违反第6条的赔偿责任不受此限。
11.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

12. 争议解决
12.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会仲裁。
12.2 仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

13. 甲方的义务
13.1 甲方应按约定支付费用，妥善管理平台账号和密码，并对其员工在平台上的操作负责。
13.2 甲方应确保其收集的会员和收花人信息已取得必要的授权，并遵守《中华人民共和国个人信息保护法》。
13.3 甲方不得利用平台发送违法信息或从事违法活动。
13.4 甲方应指定一名总部运营人员作为对接人，负责需求确认、门店协调和验收组织。

14. 不可抗力与通知
14.1 因不可抗力或基础电信运营商大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复，该期间不计入可用率统计，但乙方应提供书面说明。
14.2 本合同项下的通知以书面形式送达本合同首部载明的地址，或发送至双方指定的电子邮箱。

15. 其他
15.1 本合同一式两份，双方各执一份，自双方签章之日起生效。
15.2 本合同未尽事宜，双方可签订补充协议。
15.3 本合同附件包括：附件一《平台功能清单》、附件二《实施计划》、附件三《服务水平说明》。

甲方（盖章）：杭州花漾里花艺连锁有限公司        授权代表：
乙方（盖章）：上海云芽信息技术有限公司          授权代表：
签订日期：2026年2月10日
"""

# ---------------------------------------------------------------- z04 (txt) 残联 残疾人服务管理系统 年度运维, 竞争性磋商, 第X条 + （1）
H481Z04 = """临江市残疾人服务管理系统2026年度运维服务合同

项目编号：LJCG-2026-CS-018（竞争性磋商）
采购人（甲方）：临江市残疾人联合会
供应商（乙方）：临江博远信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、临江市残疾人服务管理系统2026年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。

第一条 服务范围
（1）临江市残疾人服务管理系统（含残疾人证管理、康复服务、补贴发放、就业登记、辅具适配五个子系统）的日常运行维护；
（2）系统所在服务器、数据库、中间件的巡检、备份和安全补丁更新；
（3）业务数据维护、统计报表制作及与省残联业务系统的数据交换保障；
（4）配合甲方开展网络安全等级保护测评及安全整改；
（5）对甲方及各区县残联业务人员的操作答疑和培训；
（6）系统操作手册的更新和各区县用户账号的日常管理。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，下一服务年度的运维服务由甲方依法重新组织采购，本合同不自动续期。乙方应在服务期开始前10日内与原运维单位完成交接，确保服务不中断。

第三条 服务费用
本合同总价为人民币贰拾捌万陆仟元整（¥286,000），包括：
（1）系统运行维护费：¥168,000；
（2）数据维护及报表服务费：¥54,000；
（3）安全加固及等保测评配合费：¥38,000；
（4）驻场服务费：¥26,000。
上述费用已包含人员、差旅、税费等全部费用，服务期内不作调整。甲方在服务期内新增子系统或大幅增加服务内容的，双方另行协商签订补充协议。

第四条 付款方式
（1）服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在10个工作日内支付该季度服务费¥71,500。
（2）本合同不设预付款。乙方应在每次付款前开具合法发票。

第五条 服务要求
（1）乙方应保障系统正常稳定运行，接到甲方报修后应及时响应，尽快排除故障，恢复系统使用；
（2）乙方每月对服务器、数据库和中间件进行一次巡检，并提交巡检报告；
（3）乙方每日检查备份任务执行情况，每季度进行一次备份恢复演练；
（4）乙方安排一名运维工程师在甲方工作日驻场；
（5）在残疾人证年审、两项补贴集中发放等业务高峰期，乙方应加强值守；
（6）乙方应及时安装安全补丁，配合年度等级保护测评并完成整改；
（7）乙方应建立运维工单台账，如实记录每次报修的时间、内容和处理结果，每月随巡检报告一并提交；
（8）乙方每季度向甲方提交系统运行分析报告，对存在的风险提出改进建议；
（9）乙方应在两项补贴集中发放前完成系统检查和数据核对，并提交检查记录。

第六条 考核与验收
（1）甲方每季度依据磋商文件的服务要求和乙方响应文件的承诺，对照《运维服务考核表》，从巡检完成情况、报修处理记录、备份及恢复演练、补丁更新、驻场出勤、文档完整性六个方面逐项考核。考核不合格的，乙方应在10日内整改，整改合格后甲方支付该季度服务费。
（2）服务期满，乙方提交年度运维总结报告、系统配置文档和全部工单记录，甲方按本合同第一条和第五条逐项组织验收，并出具书面验收意见。
（3）考核结果作为甲方评价乙方履约情况的依据，并按规定用于政府采购履约验收。

第七条 数据安全
（1）系统中的残疾人个人信息、康复和补贴发放数据等全部数据归甲方所有。乙方仅为履行本合同接触和处理上述数据，不得用于其他目的。
（2）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及等级保护要求，运维操作须通过甲方堡垒机进行并留存日志，不得将任何数据复制或带离甲方机房。
（3）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。
（4）服务期满或合同解除后，乙方应删除其因运维需要临时保存的全部资料，并向甲方出具书面说明。

第八条 保密
乙方及其工作人员对在服务过程中知悉的甲方工作秘密和其他非公开信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文档和报表模板归甲方所有，甲方可以自由使用和修改。乙方保证其提供的运维工具和软件不侵犯第三方的合法权益。

第十条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十一条 违约责任
（1）乙方未按本合同约定提供服务的，应当按照《中华人民共和国民法典》的有关规定承担违约责任，赔偿甲方因此遭受的损失，本合同不另行约定违约金。
（2）乙方连续两个季度考核不合格的，甲方有权解除本合同。
（3）甲方未按约定支付服务费的，应当承担相应的违约责任。

第十二条 合同解除
乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。仲裁期间，双方应继续履行本合同中不涉及争议的部分。

第十四条 服务人员
（1）乙方应按响应文件承诺配备项目负责人一名、运维工程师两名，其中驻场工程师应具有数据库或系统运维相关资格证书。
（2）乙方更换项目负责人或驻场工程师的，应提前10日书面告知甲方并经甲方同意；新派人员的资历不得低于原人员。
（3）乙方人员在甲方场所工作期间，应遵守甲方的安全管理和考勤制度；
（4）乙方应为其工作人员办理社会保险，并承担其人身意外风险。

第十五条 甲方义务
（1）甲方应为驻场人员提供必要的办公场所和网络条件，并指定专人负责与乙方的日常联系。
（2）甲方应及时向乙方通报业务规则和政策调整，以便乙方配合完成系统参数调整。
（3）甲方应按本合同约定及时组织考核和支付服务费；
（4）甲方应配合乙方做好数据备份介质的存放和管理。

第十六条 服务交接
服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的单位移交全部账号权限、运维文档、脚本和工单记录，并配合完成交接。交接完成前，乙方不得停止必要的维护工作。

第十七条 不可抗力
因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在10日内提供证明，根据不可抗力的影响部分或者全部免除责任。

第十八条 其他
（1）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（2）本合同未尽事宜，按照政府采购有关规定执行。
（3）本合同附件包括：磋商文件服务需求、乙方响应文件、《运维服务考核表》。

甲方（盖章）：临江市残疾人联合会          乙方（盖章）：临江博远信息技术有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：2026年2月20日
"""

# ---------------------------------------------------------------- z05 (md) 月饼厂 仓储及订单 软件许可 + 定制开发, supplier's template, "## 第X条"
H481Z05 = """# 仓捷WMS/OMS软件许可及定制开发合同

（仓捷标准合同文本 V4.0）

合同编号：CJ-2026-GZ-031

甲方：广州荣月食品有限公司

乙方：深圳仓捷软件有限公司

甲方为月饼及烘焙食品生产企业，拟在其成品仓、原料仓和包材仓使用乙方的仓捷WMS/OMS软件，并由乙方根据甲方中秋旺季的业务需要进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓捷WMS/OMS软件永久许可，许可范围为甲方3个仓库、50个用户。

1.2 乙方为甲方定制开发以下功能：中秋预售订单管理、礼盒组套与拆套、经销商订单对接、批次和效期管理。

1.3 乙方负责软件的安装部署、基础数据初始化及用户培训。

1.4 定制开发的具体需求以双方签字确认的《需求规格说明书》为准，需求确认后甲方提出的新增或变更需求，按第十六条处理。

1.5 软件许可不限使用期限，但在许可范围外新增仓库或用户的，应另行购买许可。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零陆万元整（¥1,060,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓捷WMS/OMS软件许可（永久，3个仓库，50个用户） | 720,000 |
| 2 | 定制开发（中秋预售、礼盒组套、经销商订单对接、批次效期管理） | 260,000 |
| 3 | 实施部署 | 60,000 |
| 4 | 培训 | 20,000 |
| | 合计 | 1,060,000 |

2.2 上述价格含税，不含甲方自行采购的服务器、手持终端和打印设备。

2.3 服务器、数据库等第三方软硬件由甲方自行采购，乙方可提供选型建议。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥530,000，作为预付款。

3.2 系统上线后5个工作日内，甲方支付合同总价的50%，即¥530,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到款项后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到预付款后75日内完成部署和定制开发，并安排系统上线。

4.2 甲方应按乙方要求及时提供仓库布局、物料编码、经销商资料等基础数据，并安排人员参加培训。因甲方原因延误的，工期相应顺延。

4.3 系统上线时间由乙方根据实施进度确定并书面通知甲方。

4.4 乙方交付的文档包括安装手册、操作手册和培训材料，以电子版形式提供。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 上线后发现的问题，由乙方在免费维护期内按第七条处理，不影响验收结论和付款。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。现场服务按乙方当期收费标准另行计费。

6.3 免费维护期内的服务不包括因甲方操作不当、硬件或网络故障、第三方软件引起的问题。

6.4 免费维护期满后，甲方未购买维护服务的，乙方不再提供技术支持和版本更新。

## 第七条 技术支持与服务响应

7.1 乙方提供工作日9:00至18:00的电话和远程支持。

7.2 一级故障（系统无法出入库）乙方在8小时内响应；二级故障在下一工作日响应；其他问题在3个工作日内答复。

7.3 乙方将尽合理努力排除故障，但不因响应时间、故障持续时间或系统中断向甲方承担扣款、赔偿或违约金。

7.4 甲方应通过乙方客服系统提交故障申告，并提供必要的截图和日志。

## 第八条 维护服务

8.1 免费维护期满后，甲方应向乙方购买年度维护服务。年度维护费按软件许可费的28%计收，即每年¥201,600，维护期内该收费标准不变。

8.2 年度维护服务期满，如甲方未提前30日书面提出终止，维护服务自动续期一个服务年度，续期费用标准不变。

8.3 维护服务包括远程支持、缺陷修复和小版本升级，不包括新功能开发。

8.4 甲方未按期支付维护费的，乙方有权暂停维护服务和授权更新。

## 第九条 知识产权

9.1 软件及本合同定制开发成果（包括程序、源代码、接口和文档）的知识产权均归乙方所有。

9.2 甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用。乙方不向甲方交付源代码。

9.3 甲方在使用中提出的改进建议，乙方可无偿采纳并用于其产品。

## 第十条 数据

10.1 甲方在软件中录入和产生的业务数据归甲方所有。

10.2 乙方有权在去除甲方名称等标识信息后，使用甲方的仓储、订单和销售数据进行产品改进、算法训练和行业分析，该权利在本合同终止后继续有效。

10.3 乙方在实施和维护中采取访问控制、加密传输和操作日志等安全措施；发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

10.4 合同终止后，甲方可在30日内申请导出其业务数据，逾期乙方有权删除。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第十二条 违约责任

12.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

12.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十三条 合同解除

一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交深圳国际仲裁院在深圳仲裁。仲裁裁决是终局的，对双方均有约束力。

## 第十五条 甲方责任

15.1 甲方应指定项目负责人，按乙方的实施计划提供场地、服务器、网络和手持终端等软硬件环境。

15.2 甲方应按乙方要求组织关键用户参加培训和上线准备，并对其提供资料的真实性和完整性负责。

15.3 甲方应妥善保管系统账号，不得将软件提供给许可范围以外的仓库或单位使用。

15.4 甲方应在系统上线前完成仓库条码和库位标签的张贴。

## 第十六条 需求变更

16.1 需求确认后，甲方提出新增或变更需求的，乙方评估工作量后报价，经双方书面确认后实施，工期相应顺延。

16.2 变更费用按乙方人员单价每人每日¥2,800计算。

## 第十七条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广州荣月食品有限公司

乙方（盖章）：深圳仓捷软件有限公司

签订日期：2026年5月6日
"""

# ---------------------------------------------------------------- e01 (pdf) Spain, perpetual licences + services, Article N
H481E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LA-FMC-2026-03
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 April 2026 between:
P:(1) Foshan Meiyuan Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Jihua Road, Chancheng District, Foshan, Guangdong (the "Customer"); and
P:(2) Levante Analytics S.L., a company incorporated in Spain with its registered office at Carrer de Colón 42, 46004 Valencia, Spain (the "Vendor").
P:Background
P:(A) The Customer produces floor and wall tiles at two plants in Foshan and Zhaoqing and wishes to replace spreadsheet-based production planning with an advanced planning and scheduling system.
P:(B) The Vendor develops and licenses the Levante APS software and provides implementation services for it.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Levante APS server software and client modules listed in Schedule 1, in object code, with its documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scheduling rules, configuration and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Customer uses the Software to release the production schedule for both plants.
P:1.4 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 5.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its wholly owned subsidiaries in mainland China, on a single production server with a standby server, for forty named planner users.
P:2.2 The Vendor shall implement the Software: configure the scheduling models for kilns, press lines and glazing lines; build interfaces to the Customer's ERP (orders and inventory) and MES (machine status and output); migrate the master data; develop the reports listed in Schedule 2; and train the Customer's planners and key users.
P:2.3 The Vendor shall deliver the Software and all documentation electronically within ten days after signature.
P:2.4 The Customer shall provide the servers, operating systems and database licences, a project manager, timely access to its plants and key users, and the master data described in Schedule 3.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,688,000, inclusive of VAT, composed as follows:
P:Levante APS Server licence, perpetual: CNY 640,000
P:Named Planner licences, 40 x CNY 9,500: CNY 380,000
P:Licence subtotal: CNY 1,020,000
P:Implementation services (models, configuration, data migration): CNY 486,000
P:ERP and MES interfaces: CNY 154,000
P:Training of planners and key users: CNY 28,000
P:Total Contract Price: CNY 1,688,000
P:3.2 The Contract Price is fixed and includes the travel and living expenses of the Vendor's consultants.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 10% (CNY 168,800) within 20 days after signature, as an advance payment; (b) 50% (CNY 844,000) within 20 days after Go-Live; (c) 35% (CNY 590,800) within 20 days after Final Acceptance; and (d) the remaining 5% (CNY 84,400) at the end of the warranty period, provided that no Severity 1 or Severity 2 defect is then open.
P:4.2 Each payment is due against the Vendor's commercial invoice. The Customer may withhold any tax that PRC law requires it to withhold and shall provide the tax receipts to the Vendor.
H:Article 5 Go-Live and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature and make the system ready for Final Acceptance within 60 days after Go-Live, in accordance with the project plan in Schedule 3.
P:5.2 The Final Acceptance tests are: (a) a full weekly schedule for both plants, with at least 3,000 open orders, is generated in no more than 10 minutes; (b) the ERP and MES interfaces run for 20 consecutive working days without data loss or manual correction; (c) every report in Schedule 2 reconciles to ERP data; and (d) all test scripts agreed in the test plan are passed with no open Severity 1 or Severity 2 defect.
P:5.3 If the tests are passed, the Customer shall sign the acceptance certificate within ten working days. If they are not passed, the Vendor shall correct the defects and repeat the tests at its own cost. Go-Live, use of the Software in production or any payment does not constitute Final Acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to achieve Go-Live or readiness for Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay the Customer liquidated damages of 0.2% of the Contract Price for each full week of delay, up to a maximum of 5% of the Contract Price.
P:6.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 7 Warranty and Support Levels
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Schedule 2 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply new versions and provide remote support free of charge.
P:7.2 Defects are classified as follows. Severity 1: scheduling cannot run, or an interface has stopped, for a plant. Severity 2: a major function is impaired but a workaround exists. Severity 3: other defects and questions.
P:7.3 Response times: Severity 1, one hour, at any time of day on every day of the week, with continuous work until a workaround is in place; Severity 2, eight business hours; Severity 3, two business days.
P:7.4 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next payment or the annual support fee.
H:Article 8 Annual Support after the Warranty
P:8.1 After the warranty period, the Customer may order annual support and maintenance (new versions, defect correction and remote support under Article 7.3) for a fee of 14% of the Licence subtotal per year, which is CNY 142,800.
P:8.2 This fee is fixed for the first three support years after the warranty period. Any later change shall be agreed in writing and shall not exceed 3% per year.
P:8.3 Support is ordered each year by purchase order and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:9.3 The Vendor shall indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 10 Customer Data and Security
P:10.1 All data of the Customer processed in the system, including orders, recipes, capacity and output data, belong to the Customer. The Vendor shall process them only to perform this Agreement.
P:10.2 The Software is installed in the Customer's own data centre. Vendor staff shall access it only through the Customer's VPN with multi-factor authentication, on accounts approved for each session, and shall not copy Customer data outside the Customer's systems. Test data shall be prepared by the Customer.
P:10.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC, shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer data, and shall be responsible for all losses caused by an incident attributable to the Vendor or its staff.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's production recipes, capacities, costs and customer lists, and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 12 Limitation of Liability
P:12.1 The Vendor's total aggregate liability arising out of or in connection with this Agreement, including liquidated damages, shall not exceed fifty per cent (50%) of the Contract Price.
P:12.2 The limitation in Article 12.1 does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 9.3 or breach of Article 10.
P:12.3 Neither party is liable for loss of profit or for indirect loss.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains fully responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 6.1 reach their maximum.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work that has not been accepted, and the licence granted in Article 2.1 remains in force for licences already paid.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:Article 16 General
P:16.1 Schedule 1 (Software and Licences), Schedule 2 (Reports and Functional Scope) and Schedule 3 (Project Plan and Customer Responsibilities) form part of this Agreement.
P:Signed for Foshan Meiyuan Ceramics Co., Ltd.: ____________________
P:Signed for Levante Analytics S.L.: ____________________
"""

# ---------------------------------------------------------------- e02 (md) Portugal, SaaS Order Form + General Terms, Section N.N
H481E02 = """# ORDER FORM — ATLÂNTICA GUESTDESK SUBSCRIPTION

**Order Form No.** AT-CN-2026-114

**Provider:** Atlântica Cloud Software, Lda., Rua de Santa Catarina 210, 4000-447 Porto, Portugal ("Atlântica")

**Customer:** Suzhou Yuelan Hotel Management Co., Ltd., 66 Shishan Road, Suzhou New District, Jiangsu, China ("Customer")

This Order Form is entered into under, and incorporates, the Atlântica General Terms set out below. Together they form the agreement between the parties (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A — Order Details

**A1. Services.** GuestDesk, a cloud application for guest requests, housekeeping task management, room status and guest feedback, for the Customer's nine hotels in Suzhou, Wuxi and Hangzhou, and the GuestDesk Housekeeping mobile application for room attendants and supervisors.

**A2. Subscription Term.** Two Subscription Years from the Subscription Start Date. The Subscription Start Date is the day after Go-Live Acceptance under A5.

**A3. Fees.** At the Customer's request all fees are stated and invoiced in CNY.

| Item | Basis | Fee (CNY) |
|---|---|---|
| GuestDesk platform, nine hotels | per Subscription Year | 168,000 |
| Housekeeping mobile application | per Subscription Year | 36,000 |
| Subscription fees, two Subscription Years | 2 x 204,000 | 408,000 |
| Onboarding (configuration, PMS interface, training) | one-time | 32,000 |
| **Total fees under this Order Form** | | **440,000** |

SMS notifications beyond 20,000 messages per month are charged at CNY 0.06 per message and are not included above.

**A4. Invoicing.** The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears (CNY 51,000 per quarter). Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

**A5. Onboarding and Go-Live Acceptance.** Atlântica shall configure GuestDesk for all nine hotels, connect it to the Customer's property management system and train front-office and housekeeping staff within 60 days after signature. Go-Live Acceptance requires: (a) room status synchronised with the property management system for all nine hotels with no discrepancy over five consecutive days; (b) guest requests created by QR code, telephone and front desk routed to the correct department in each hotel; (c) the mobile application working on the Customer's handsets for at least 50 attendants; and (d) the reports in Annex 1 produced correctly. The Customer confirms Go-Live Acceptance in writing. Use of the Services before that confirmation does not constitute acceptance. If Go-Live Acceptance is delayed for reasons attributable to Atlântica, Atlântica shall pay CNY 300 for each day of delay.

**A6. Renewal.** After the Subscription Term, the subscription renews automatically for successive periods of one Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the current period. On each renewal Atlântica may increase the subscription fees by up to 7% over the fees of the preceding period, by notice given at least 30 days before the renewal date.

**A7. Contacts.** Customer: IT Manager, Suzhou head office. Atlântica: Customer Success Manager, Porto, with a Mandarin-speaking support desk in Shanghai.

**A8. Training.** During onboarding Atlântica shall hold two train-the-trainer sessions at each hotel and provide recorded training videos with Chinese subtitles, which the Customer may use internally without limit.

## Part B — General Terms

### Section 1 Services and Service Levels

1.1 Atlântica shall provide the Services in accordance with the documentation and this Agreement, hosted in data centres located in mainland China.

1.2 Availability. Atlântica shall make the Services available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

1.3 Support. Priority 1 incidents (the Services are unavailable, or guest requests cannot be created in any hotel) are responded to within one hour at any time of day. Priority 2 incidents (a major function is impaired) are responded to within eight business hours, and other requests within two business days.

1.4 Service credits. If availability in a month is below the level in Section 1.2, Atlântica shall credit 5% of the monthly subscription fee for that month, or 10% if availability is below 99.0%. If Atlântica misses the Priority 1 response time, it shall credit CNY 500 for each incident. Credits are deducted from the next invoice.

1.5 Reporting. Atlântica shall send the Customer a monthly service report showing availability, incidents by priority, response times and any credits due.

### Section 2 Customer Data

2.1 Customer Data means all data entered into the Services by or for the Customer, including guest names, room numbers, requests, feedback and staff records. As between the parties, Customer Data belongs to the Customer.

2.2 The Customer grants Atlântica a licence to use Customer Data to provide the Services during the Subscription Term.

2.3 Atlântica may also use Customer Data in aggregated and anonymised form to operate benchmarking reports for the hotel industry, to improve and develop its products and to train its service-quality models. This right continues after the end of the Agreement.

### Section 3 Data Security

3.1 Atlântica maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, logs all administrative access and keeps Customer Data in mainland China.

3.2 Atlântica shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it and shall cooperate with the Customer's notifications to authorities and guests.

3.3 Atlântica is responsible for the losses the Customer suffers from a security incident caused by Atlântica's breach of this Section 3, including the reasonable cost of notifying affected guests.

3.4 Within 30 days after the end of the Agreement, Atlântica shall return Customer Data in a standard format and then delete it from its systems.

### Section 4 Confidentiality

4.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This Section survives the Agreement by three years.

### Section 5 Intellectual Property

5.1 Atlântica owns the Services, the software and all improvements to them.

5.2 Room-type templates, request categories, report layouts and other configurations prepared specifically for the Customer belong to the Customer, which may use, modify and pass them to any successor provider.

### Section 6 Subcontracting

6.1 Atlântica may use the hosting provider and the SMS gateway named in Annex 2. Any other subcontractor or sub-processor requires the Customer's prior written consent. Atlântica remains responsible for all subcontractors.

### Section 7 Liability

7.1 Each party's total liability under the Agreement is limited to 150% of the total fees under the Order Form.

7.2 The limit does not apply to breach of Sections 2 and 3, breach of confidentiality, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

### Section 8 Term and Termination

8.1 The Agreement runs for the Subscription Term and any renewal under A6.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If the Customer terminates for Atlântica's breach, Atlântica shall refund any fees paid for the period after termination.

8.3 Availability below 99.0% in three consecutive months is a material breach.

### Section 9 Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

### Section 10 Customer Responsibilities

10.1 The Customer shall keep its user credentials secure, ensure that its staff use the Services in accordance with the documentation and applicable law, and provide the property management system interface credentials and test rooms needed for onboarding.

10.2 The Customer is responsible for having a lawful basis under the Personal Information Protection Law for the guest data it enters into the Services, and for informing guests as the law requires.

### Section 11 Changes and Force Majeure

11.1 Atlântica may update the Services from time to time, provided that no update materially reduces the functionality or the security of the Services during the Subscription Term. Atlântica shall announce material changes at least 30 days in advance.

11.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or failures of public telecommunications networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Such events do not suspend the payment of fees for Services actually received.

### Section 12 General

12.1 Notices shall be in writing and sent to the contacts in A7. Neither party may assign the Agreement without the other's written consent. The Agreement is signed in English and Chinese, both versions being equally authentic.

Annex 1 — Standard reports (daily room status, request response times by department, guest feedback scores). Annex 2 — Approved subcontractors (Alibaba Cloud, Shanghai region; a licensed SMS gateway operator in China).

For the Customer: ____________________    For Atlântica: ____________________

Date: 12 March 2026
"""

# ---------------------------------------------------------------- e03 (docx) Malta, sensors for a cold store, buyer's paper, numbered clauses
H481E03 = """
T:Purchase Contract for a Cold-Store Temperature Monitoring System
P:Contract No. LH-CC-2026-027
P:Buyer: Qingdao Lanhai Cold Chain Logistics Co., Ltd., 9 Qianwangang Road, Huangdao District, Qingdao, Shandong, China (the "Buyer").
P:Supplier: Melita Sensing Ltd., Triq il-Wied, Birkirkara BKR 9041, Malta (the "Supplier").
P:The Buyer operates a cold store with frozen, chilled and pharmaceutical-grade chambers at its Huangdao logistics park. Following its request for quotation of January 2026, the Buyer purchases from the Supplier a wireless temperature and humidity monitoring system on the terms below, which are the Buyer's standard purchase terms. Prices are in CNY at the Buyer's request.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the monitoring system described in the table in clause 2, covering 42 chambers, 6 loading docks and the two ante-rooms of the cold store.
P:1.2 The system shall record temperature and humidity every minute, raise alarms by SMS, telephone call and on-screen message when a limit is exceeded, and keep records with audit trails suitable for GSP inspections of the pharmaceutical chambers.
P:1.3 The monitoring software shall be installed on servers in the Buyer's own machine room. The Supplier shall deliver operating manuals, calibration certificates traceable to national standards, and as-built drawings showing every sensor position.
H:2. Price
P:2.1 The Contract Price is CNY 994,000, including VAT, import duties, delivery to site, installation and calibration, composed as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|420|1,180|495,600
TB:2|LoRa gateway with battery backup|14|8,600|120,400
TB:3|Door-open sensor|96|640|61,440
TB:4|Monitoring software, perpetual licence, unlimited users|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||863,440
TB:5|Installation, calibration and commissioning|1|112,560|112,560
TB:6|Training of warehouse and quality staff|1|18,000|18,000
TB:|Contract Price|||994,000
P:2.2 The Hardware and Licence Subtotal is the base for the support fee in clause 8.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 99,400) within 15 working days after signature, against the Supplier's invoice.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 546,700) within 15 working days after delivery and installation of all equipment, confirmed by a signed installation report. The installation report does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 347,900) within 15 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 45 days after signature and complete installation within 75 days after signature.
P:4.2 Installation inside working chambers shall be scheduled with the Buyer's warehouse manager so that no chamber door is held open for more than ten minutes at a time.
H:5. Acceptance
P:5.1 Final Acceptance tests are carried out jointly by the parties after installation:
LN:every sensor reads within ±0.3 °C and ±3% RH of a calibrated reference instrument at two test points;
LN:during a 14-day trial run, no sensor loses more than 20 readings and every gateway switches to battery power without data loss in a power-cut test;
LN:alarms reach the duty telephone within 60 seconds of a simulated limit breach in every chamber;
LN:audit trails, user rights and electronic records meet the Buyer's GSP checklist.
P:5.2 When all tests are passed, the Buyer signs the Final Acceptance certificate. Use of the system before that date, delivery, installation or any payment is not acceptance. Failed tests are repeated at the Supplier's cost after correction.
H:6. Delay
P:6.1 If the Supplier fails to complete installation or to pass Final Acceptance by the dates in clause 4.1 and a 30-day test period, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:6.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under clause 14.
H:7. Warranty and Service Levels
P:7.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment, recalibrate sensors once a year and correct software defects free of charge.
P:7.2 Service levels:
TB:Severity|Definition|Response|On site
TB:1|Loss of monitoring or alarms for any chamber|30 minutes|6 hours
TB:2|Single sensor or gateway fault|2 hours|next working day
TB:3|Other questions|1 working day|as agreed
P:7.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay CNY 800, deducted from any amount due to it.
H:8. Support after the Warranty
P:8.1 After the warranty period the Supplier shall, at the Buyer's option, provide annual support including recalibration, spare parts and software updates for 6% of the Hardware and Licence Subtotal per year (CNY 51,806.40).
P:8.2 This fee is fixed for the two support years following the warranty period. Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:9. Data and Security
P:9.1 All monitoring data, alarm records and audit trails belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:9.2 The Supplier shall access the system only on site or through the Buyer's VPN with an account approved for each session, shall not copy data outside the Buyer's systems and shall keep the software patched against known vulnerabilities.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or its data and shall compensate the Buyer for losses caused by an incident for which the Supplier is responsible.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the layout, stock, customers and operating data of the cold store and all other non-public information of the Buyer, and shall not disclose it to third parties without the Buyer's written consent. This obligation continues after the Contract ends.
H:11. Intellectual Property
P:11.1 Site drawings, chamber configurations, alarm rules and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely. The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually under clause 2.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:13. Subcontracting
P:13.1 The Supplier may use a local installation contractor only with the Buyer's prior written consent and remains responsible for its work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case described in clause 6.2.
H:15. Packing, Delivery and Risk
P:15.1 The Supplier shall pack the equipment for sea and road transport, mark each package with the contract number and the chamber where the equipment will be installed, and deliver it DDP to the Buyer's site. Risk passes to the Buyer on signature of the installation report; title passes on payment under clause 3.2.
P:15.2 The Supplier is responsible for export formalities in Malta and for import clearance in China through its appointed agent, and shall bear all costs of both.
H:16. Compliance and Certificates
P:16.1 The sensors and gateways shall hold the radio type approval required in China for their frequency band and shall comply with the applicable Chinese standards for cold-chain temperature monitoring. The Supplier shall deliver copies of all certificates with the equipment.
P:16.2 Each sensor shall be delivered with an individual calibration certificate, and the reference instruments used for acceptance shall have valid calibration by an accredited laboratory.
H:17. Spare Parts and Training
P:17.1 The Supplier shall keep spare sensors and gateways in stock in Qingdao equal to at least 3% of the installed quantity during the warranty period, and shall offer spare parts for at least eight years after Final Acceptance.
P:17.2 The Supplier shall train up to 20 warehouse, maintenance and quality staff of the Buyer in operating the system, replacing batteries and sensors, handling alarms and preparing GSP reports, and shall provide training materials in Chinese.
H:18. Force Majeure
P:18.1 Neither party is liable for delay or failure caused by force majeure, provided that it notifies the other party within seven days and takes reasonable steps to reduce the effect. If force majeure lasts more than 60 days, either party may terminate the Contract by written notice.
H:19. Notices and Language
P:19.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above. This Contract is made in Chinese and English; both texts are equally authentic.
H:20. Governing Law and Disputes
P:20.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
P:Buyer: Qingdao Lanhai Cold Chain Logistics Co., Ltd.  Signature: ____________
P:Supplier: Melita Sensing Ltd.  Signature: ____________
P:Date: 26 February 2026
"""

# ---------------------------------------------------------------- e04 (md) Andorra, managed IT service, upper-case headings, schedules as tables
H481E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** PMI-WX-2026-02

**Between:** Wuxi Jinhe Auto Parts Co., Ltd., 88 Xinhua Road, Xinwu District, Wuxi, Jiangsu, China (the "Customer"), and Pirineu Managed IT, S.L.U., Avinguda Meritxell 75, AD500 Andorra la Vella, Principality of Andorra (the "Provider").

**Background.** The Customer manufactures brake and suspension components and employs about 380 office and plant staff who use computers. It wishes to outsource its IT service desk and the management of its desktops and laptops. The Provider runs a multilingual service desk and a managed endpoint service and has agreed to provide them on the terms below. At the Customer's request, all charges are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1. "Service Commencement Date" means the date of the Service Commencement Certificate under clause 4. "Initial Term" means 24 months from the Service Commencement Date. "Incident" means an unplanned interruption or degradation of an IT service used by the Customer.

## 2. SERVICES

2.1 The Provider shall provide the Services from its service desk and, where needed, through an on-site engineer at the Customer's Wuxi plant, in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Customer shall give the Provider remote access through its VPN, desk space for the on-site engineer and the information needed to perform the Services.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3. The monthly charge is fixed for the Initial Term.

3.2 The transition fee is invoiced after the Service Commencement Date. Monthly charges are invoiced at the end of each month of service and are payable within 30 days of invoice. No charge is payable in advance.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete transition within 45 days after signature: take over the open tickets and the asset inventory, enrol every managed device in its endpoint management platform, set up the service desk telephone line and portal in Chinese and English, and write the runbooks for the Customer's main applications.

4.2 Service commencement tests: (a) every device in the agreed inventory enrolled and reporting; (b) ten test tickets of each priority handled within the Schedule 2 times; (c) patch deployment tested on a pilot group of 30 devices; (d) runbooks reviewed by the Customer's IT manager. When the tests are passed, the Customer signs a Service Commencement Certificate. Operation of the service desk before that date is not acceptance.

4.3 If the Service Commencement Date is delayed beyond 45 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the response and resolution times in Schedule 2 and report its performance monthly.

5.2 If the Provider misses a Schedule 2 target in a month, it shall grant the service credits set out in Schedule 2, deducted from the next monthly invoice.

## 6. CUSTOMER DATA

6.1 All data on the Customer's devices and systems, and all data the Provider receives or creates in performing the Services, including tickets, device inventories and user records, belong to the Customer.

6.2 The Provider shall use Customer data only to perform the Services and shall return it to the Customer at the end of this Agreement.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's product drawings, prices and customer lists, and shall not disclose it to any third party except to its employees and subcontractors who need it to perform this Agreement and are bound by equivalent obligations. This clause survives termination by three years.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, knowledge articles, scripts and configuration baselines created for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider. The Provider's tools and platform remain the Provider's property.

## 9. SUBCONTRACTING

9.1 The Provider may subcontract any part of the Services, including the out-of-hours service desk and the on-site engineer, to its affiliates or to third parties by giving the Customer written notice before the subcontractor starts work. The Provider remains responsible for the acts of its subcontractors.

## 10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term. This limit does not apply to personal injury, fraud or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the Priority 1 targets in three months within any six-month period.

11.3 On expiry or termination the Provider shall cooperate for up to 60 days in the transfer of the Services to the Customer or a successor provider, at the rates in Schedule 3.

## 12. GOVERNANCE AND REPORTING

12.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems and planned changes, and quarterly with the Customer's IT manager to review performance, customer satisfaction and improvement proposals.

12.2 The monthly service report shall show ticket volumes, performance against every Schedule 2 target, credits due, the patch status of managed devices and any recurring problems with proposed fixes.

## 13. CUSTOMER RESPONSIBILITIES

13.1 The Customer shall keep its asset inventory and user list up to date, approve changes that affect production systems, make key users available for testing and tell the Provider in advance about new plants, departments or applications that may affect the Services.

13.2 The Customer remains responsible for the licences of the software installed on its devices, for its network and servers, and for the decisions it takes on the Provider's advice.

## 14. CHANGES

14.1 Either party may propose a change to the Services. A change takes effect only when both parties sign a change note describing the change, its effect on charges and service levels, and its start date.

## 15. FORCE MAJEURE

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service levels are suspended for the duration of such an event.

## 16. NOTICES

16.1 Notices shall be in writing in English or Chinese and sent by courier or e-mail to the addresses above or to any other address a party notifies.

## 17. GOVERNING LAW AND DISPUTES

17.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## SCHEDULE 1 — SERVICE DESCRIPTION

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support in Chinese and English for about 380 users | 24 x 7 |
| Endpoint management | Enrolment, patching, anti-malware, software distribution for up to 420 desktops and laptops | continuous |
| On-site engineer | Hardware replacement, new starters, meeting rooms, plant terminals | Mon–Sat 08:00–18:00 |
| Reporting | Monthly service report and quarterly review meeting | monthly |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Plant production terminals or e-mail down for many users | 30 minutes | 6 hours | CNY 2,000 per incident |
| P2 | One department or a key user affected | 1 hour | 1 business day | CNY 500 per incident |
| P3 | Single user, workaround available | 8 business hours | 3 business days | CNY 100 per incident |

Total credits in a month are limited to 20% of the monthly charge.

## SCHEDULE 3 — CHARGES

| Charge | Basis | CNY |
|---|---|---|
| Service desk | 380 users x CNY 90 per month | 34,200 per month |
| Endpoint management | 380 users x CNY 25 per month | 9,500 per month |
| Reporting and service management | fixed | 3,100 per month |
| **Monthly charge** | | **46,800 per month** |
| Monthly charges for the Initial Term | 24 x 46,800 | 1,123,200 |
| Transition fee | one-time | 38,000 |
| **Total charges for the Initial Term** | | **1,161,200** |
| Additional users above 400 | per user per month | 115 |
| Exit assistance | per engineer day | 2,600 |

**Signed** for Wuxi Jinhe Auto Parts Co., Ltd.: ____________________ **Signed** for Pirineu Managed IT, S.L.U.: ____________________

Date: 2 March 2026
"""

# ---------------------------------------------------------------- e05 (txt) Monaco, data API subscription, upper-case headings
H481E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: RDS-NB-2026-009

PARTIES

Riviera Data Services S.A.M., a société anonyme monégasque with its registered office at 7 Avenue de la Costa, 98000 Monaco ("Riviera"); and

Ningbo Yongtai International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 1 Zhongshan East Road, Haishu District, Ningbo, Zhejiang ("Customer").

BACKGROUND

Riviera compiles vessel position, port call and schedule data from satellite and terrestrial AIS receivers, port authorities and carriers, and makes it available through an application programming interface (the "API"). Customer, a freight forwarder handling sea shipments from Ningbo-Zhoushan port, wishes to use the API to track vessels and predict arrival times for its clients' containers. Prices are stated in CNY at Customer's request.

DEFINITIONS

"Data" means the vessel, voyage, port and schedule data delivered through the API. "Start Date" means the date of the Activation Certificate under the clause ACTIVATION AND ACCEPTANCE. "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary. "Customer Data" means the watchlists, shipment references, container numbers, queries and other information that Customer or its users submit to the API or the portal.

SUBSCRIPTION

1. Riviera grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access the API and the web portal and to use the Data for its own freight-forwarding business, including showing vessel positions and estimated arrival times to its own clients in its tracking portal and shipment notices.

2. The subscription covers the Professional tier: global vessel positions with a latency of no more than five minutes for terrestrial AIS, port call history, berth schedules for Chinese and major Asian and European ports, and the arrival prediction model, for up to 5,000,000 API calls per month and 25 named portal users.

3. Customer shall not resell the Data as a data product or make bulk extracts of it available to third parties.

TERM

4. This Agreement runs for two Subscription Years from the Start Date. It does not renew automatically. Any renewal requires a new order agreed in writing by both parties.

FEES

5. The fees are:
   API subscription, Professional tier: CNY 198,000 per Subscription Year
   Subscription fees for two Subscription Years: CNY 396,000
   Onboarding and integration support (one-time): CNY 24,000
   Total fees under this Agreement: CNY 420,000

6. API calls above 5,000,000 in a calendar month are charged at CNY 0.02 per 1,000 calls and are not part of the total fees.

7. The onboarding fee is invoiced after the Activation Certificate is signed. Subscription fees are invoiced quarterly in arrears, CNY 49,500 per quarter. Invoices are payable within 30 days. Nothing is payable before the Start Date.

ACTIVATION AND ACCEPTANCE

8. Within 30 days after signature Riviera shall issue production credentials, deliver the API documentation in English and Chinese, and support Customer's developers in connecting the API to Customer's tracking system and to its transport management system.

9. Acceptance tests: (a) position queries for a test list of 500 vessels return complete results with a median response time below 800 milliseconds over three consecutive days; (b) port call events for Ningbo-Zhoushan, Shanghai and Singapore match port authority records for a sample of 200 calls with no more than five exceptions; (c) webhook alerts for arrival and departure events are received by Customer's system in a ten-day parallel run. When the tests are passed Customer signs the Activation Certificate. Use of test credentials is not acceptance.

10. If the Activation Certificate cannot be signed within 30 days after signature for reasons attributable to Riviera, Riviera shall pay Customer CNY 300 for each day of delay.

SERVICE LEVELS

11. Riviera shall keep the API available 99.95% of each calendar month, measured at Riviera's API gateway, excluding scheduled maintenance announced seven days in advance and limited to two hours per month.

12. Incidents are classified as Priority 1 (the API or the portal is unavailable, or Data for all vessels is more than one hour old), Priority 2 (a data source or endpoint is degraded) and Priority 3 (other questions). Riviera responds to Priority 1 incidents within one hour at any time, to Priority 2 incidents within eight business hours and to Priority 3 incidents within two business days.

13. If monthly availability is below the level in clause 11, Riviera shall credit 10% of the monthly equivalent of the subscription fee for each full 0.1 percentage point of shortfall, up to the full monthly equivalent. If Riviera misses the Priority 1 response time, it shall credit CNY 1,000 for each incident. Credits are deducted from the next invoice.

CUSTOMER DATA AND SECURITY

14. Customer Data belongs to Customer. Riviera shall use Customer Data only to provide the API and the portal to Customer, shall not combine it with data of other customers, and shall not use it for analytics, products or any other purpose, during or after the term.

15. Riviera shall protect Customer Data with measures at least equal to ISO/IEC 27001: encryption in transit and at rest, role-based access for named staff, logging of all access and annual penetration tests. Customer Data is stored in Riviera's data centre in Frankfurt and is not transferred elsewhere; Customer is responsible for completing any filing required by PRC law for providing shipment references abroad, and Riviera shall supply the information needed for it.

16. Riviera shall notify Customer within 24 hours after becoming aware of any breach of security affecting Customer Data, shall take immediate steps to contain it and shall bear the losses and reasonable costs Customer incurs as a result of a breach caused by Riviera.

17. Within 30 days after termination Riviera shall delete Customer Data and confirm the deletion in writing.

CONFIDENTIALITY

18. Each party shall keep confidential the non-public information received from the other party, including Customer's client names, shipment volumes and routes, and Riviera's pricing and technical documentation, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

INTELLECTUAL PROPERTY

19. The API, the Data and Riviera's software remain the property of Riviera and its data suppliers; Customer receives only the rights set out under SUBSCRIPTION.

20. Field mappings, message templates and the custom arrival-prediction report prepared by Riviera specifically for Customer during onboarding belong to Customer, which may use and modify them freely and give them to other providers.

SUBCONTRACTING

21. Riviera may use its hosting provider in Frankfurt and its AIS data suppliers listed in Annex A. Riviera shall not subcontract any other part of its obligations without Customer's prior written consent, and remains responsible for all subcontractors.

LIABILITY

22. Each party's total liability under this Agreement is limited to 150% of the total fees under clause 5. The limit does not apply to breach of clauses 14 to 17, breach of confidentiality, fraud or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

23. Riviera does not warrant that the Data is complete or free from errors in the source signals, but it shall correct errors reported by Customer within a reasonable time.

TERMINATION

24. Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. Availability below 99.0% in any two months is a material breach by Riviera. On termination for Riviera's breach, Riviera shall refund fees paid for any period after termination.

GOVERNING LAW AND JURISDICTION

25. This Agreement is governed by the laws of the Principality of Monaco.

26. The courts of Monaco have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

GENERAL

27. Riviera shall give Customer at least 90 days' notice before retiring any API version or endpoint used by Customer and shall keep the previous version available during that period.

28. Riviera shall make a usage dashboard available in the portal showing API calls per day and per endpoint, so that Customer can monitor its usage against the limit in clause 2.

29. Customer shall keep its API keys secret, rotate them when staff leave and notify Riviera promptly of any suspected misuse.

30. Neither party is liable for failure to perform caused by events beyond its reasonable control, including failures of satellite or port authority data sources, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

31. Notices shall be sent by e-mail and registered post to the addresses above. Neither party may assign this Agreement without the other party's written consent. This Agreement is signed in English; a Chinese translation is provided for convenience only.

Annex A - Approved subcontractors: data-centre operator in Frankfurt am Main; two satellite AIS data providers.

Signed for Riviera Data Services S.A.M.: ____________________

Signed for Ningbo Yongtai International Freight Forwarding Co., Ltd.: ____________________

Date: 9 March 2026
"""

# ================================================================ files
FILES = {  # key: (file name, lang, format, source)
    "h481z01": ("h481z01_tourism_bureau_smart_scenic_platform.pdf", "zh", "pdf", H481Z01),
    "h481z02": ("h481z02_pharma_freeze_dryer_control_retrofit.docx", "zh", "docx", H481Z02),
    "h481z03": ("h481z03_florist_chain_order_delivery_saas.txt", "zh", "txt", H481Z03),
    "h481z04": ("h481z04_disability_federation_system_annual_om.txt", "zh", "txt", H481Z04),
    "h481z05": ("h481z05_mooncake_factory_wms_supplier_template.md", "zh", "md", H481Z05),
    "h481e01": ("h481e01_aps_licence_services_spain_vendor.pdf", "en", "pdf", H481E01),
    "h481e02": ("h481e02_hotel_guestdesk_saas_order_form_portugal.md", "en", "md", H481E02),
    "h481e03": ("h481e03_cold_store_sensors_malta_supplier.docx", "en", "docx", H481E03),
    "h481e04": ("h481e04_managed_it_services_andorra_provider.md", "en", "md", H481E04),
    "h481e05": ("h481e05_vessel_data_api_subscription_monaco.txt", "en", "txt", H481E05),
}

# ================================================================ labels
def terms(**kw):
    keys = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
            "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
            "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
            "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
    assert set(kw) == set(keys), set(keys) ^ set(kw)
    return {k: kw[k] for k in keys}


BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def T(**kw):
    d = dict(BASE)
    d.update(kw)
    return terms(**d)


# sums that the texts state
assert 1180000 + 760000 + 148000 + 32000 == 2120000 and 424000 + 954000 + 742000 == 2120000
assert 486000 + 138000 + 164000 + 226000 == 1014000 and 1014000 + 268000 + 96000 + 112000 == 1490000
assert 149000 + 745000 + 521500 + 74500 == 1490000 and round(1014000 * 0.09) == 91260
assert 12 * 3600 == 43200 and 43200 + 18000 == 61200 and 2 * 61200 + 36800 == 159200 and 61200 / 4 == 15300
assert 168000 + 54000 + 38000 + 26000 == 286000 and 286000 / 4 == 71500
assert 720000 + 260000 + 60000 + 20000 == 1060000 and 720000 * 28 // 100 == 201600
assert 640000 + 380000 == 1020000 and 40 * 9500 == 380000 and 1020000 + 486000 + 154000 + 28000 == 1688000
assert 168800 + 844000 + 590800 + 84400 == 1688000 and 1020000 * 14 // 100 == 142800
assert 2 * (168000 + 36000) + 32000 == 440000 and 204000 / 4 == 51000
assert 420 * 1180 == 495600 and 14 * 8600 == 120400 and 96 * 640 == 61440
assert 495600 + 120400 + 61440 + 186000 == 863440 and 863440 + 112560 + 18000 == 994000
assert 99400 + 546700 + 347900 == 994000 and round(863440 * 0.06, 2) == 51806.4
assert 34200 + 9500 + 3100 == 46800 and 24 * 46800 + 38000 == 1161200
assert 2 * 198000 + 24000 == 420000 and 198000 / 4 == 49500

LABELS = {
    "h481z01": dict(category="software", value=2120000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=T(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                            contract_kind="goods_or_licence"),
                    tco=dict(base=1180000, fee_pct=8), design=[]),
    "h481z02": dict(category="hardware", value=1490000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=T(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                            liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True,
                            warranty_months=18, post_warranty_fee_pct=9, subcontract_without_consent=True,
                            contract_kind="goods_or_licence"),
                    tco=dict(base=1014000, fee_pct=9), design=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h481z03": dict(category="cloud", value=159200, sla=True, ld_stated=True, deemed=False,
                    terms=T(availability_pct=99.95, confidentiality=False, ld_rate_per_day_pct=200 / 159200 * 100,
                            liability_cap_pct=200, auto_renewal_price_increase=True, termination_for_breach=False),
                    design=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h481z04": dict(category="services", value=286000, sla=False, ld_stated=False, deemed=False,
                    terms=T(p1_response_hours=None, sla_remedy=False),
                    design=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h481z05": dict(category="software", value=1060000, sla=True, ld_stated=True, capped=True, deemed=True,
                    terms=T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
                            acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                            post_warranty_fee_pct=28, subcontract_without_consent=None,
                            contract_kind="goods_or_licence"),
                    tco=dict(base=720000, fee_pct=28),
                    design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                            "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h481e01": dict(category="software", value=1688000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.2 / 7, liability_cap_pct=50,
                            prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
                            post_warranty_fee_pct=14, contract_kind="goods_or_licence"),
                    tco=dict(base=1020000, fee_pct=14), design=["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h481e02": dict(category="cloud", value=440000, sla=True, ld_stated=True, deemed=False,
                    terms=T(availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
                            ld_rate_per_day_pct=300 / 440000 * 100, liability_cap_pct=150,
                            auto_renewal_price_increase=True),
                    design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h481e03": dict(category="hardware", value=994000, sla=True, ld_stated=True, capped=True, deemed=False,
                    terms=T(ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6,
                            contract_kind="goods_or_licence"),
                    tco=dict(base=863440, fee_pct=6), design=[]),
    "h481e04": dict(category="services", value=1161200, sla=True, ld_stated=True, deemed=False,
                    terms=T(data_security_clause=False, ld_rate_per_day_pct=800 / 1161200 * 100,
                            liability_cap_pct=150, subcontract_without_consent=True),
                    design=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h481e05": dict(category="cloud", value=420000, sla=True, ld_stated=True, deemed=False,
                    terms=T(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=300 / 420000 * 100,
                            liability_cap_pct=150, governing_law="Monaco"),
                    design=["CR-GOVERNING-LAW"]),
}
FORUM_OUTSIDE_MAINLAND = {"h481e05"}  # courts of Monaco


def tco_share(lab):
    """Policy §4, own reading: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata);
    fee base = the itemised licence / hardware subtotal; TCO = contract value + post-warranty fees."""
    t = lab["terms"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * lab["tco"]["fee_pct"] / 100 * lab["tco"]["base"]
    return fees / (lab["value"] + fees) * 100


def expected_rules(key, lab):
    """My own reading of policy.md §3 applied to the labels (no project code)."""
    t, goods, r = lab["terms"], lab["terms"]["contract_kind"] == "goods_or_licence", set()
    if not lab["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lab["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or lab["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not lab.get("capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    if goods and lab.get("tco") and t["post_warranty_fee_pct"] is not None and lab.get("capped") and tco_share(lab) > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label_json(key):
    name, lang, _, _ = FILES[key]
    lab = LABELS[key]
    extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld_stated"]}
    if lab["terms"]["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = lab["capped"]
    extra["acceptance_deemed_on_delivery"] = lab["deemed"]
    extra["contract_value"] = lab["value"]
    return {"file": name, "language": lang, "category": lab["category"], "expected_terms": lab["terms"],
            "expected_extra": extra, "expected_rules": expected_rules(key, lab)}


# ================================================================ threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s?cent|percent)"
THRESHOLD_PATTERNS = [
    NUM + r"99\.9(?!\d)", r"ninety[- ]?nine\s?point\s?nine",
    NUM + r"0?\.05(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"零点零五",
    NUM + r"100" + PCT, r"百分之(?:一)?百", r"one\s?hundred" + PCT, r"hundred\s?per\s?cent",
    NUM + r"30" + PCT, r"百分之三十", r"三成", r"thirty" + PCT,
    NUM + r"15" + PCT, r"百分之十五", r"fifteen" + PCT,
    NUM + r"40" + PCT, r"百分之四十", r"四成", r"forty" + PCT,
    NUM + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十\d])四个?小时", r"four[- ]?(?:business[- ]?)?hours?",
    NUM + r"240\s*(?:分钟|min)", r"二百四十分钟",
    NUM + r"12\s*(?:个月|months?\b|-month)", r"(?<![二三四五六七八九十\d])十二个月", r"twelve[- ]?(?:consecutive[- ]?)?(?:calendar[- ]?)?months?",
    r"(?<![十])一年", r"(?<![a-z])one[- ]?year", NUM + r"1\s*years?\b",
    NUM + r"5\s*(?:年|years?\b|-year)", r"(?<![十〇零\d])五年", r"five[- ]?years?",
    NUM + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"sixty[- ]?months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "240 minutes", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年",
            "5 年", "五年", "five years", "5 years", "60 months", "60个月", "one hundred per cent", "four business hours"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "Subscription Year", "140%", "30日", "15个工作日", "12家", "0.5%", "1,500",
             "14 hours", "25 years", "十五日", "2,400", "CNY 100,000", "someone yearly"]


def scan(text):
    return [m.group(0) for m in THRESHOLD_RE.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan(s) and scan(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, lang, fmt, src) in FILES.items():
        lab = LABELS[k]
        j = label_json(k)
        rules = j["expected_rules"]
        if rules != sorted(lab["design"]):
            problems.append((k, "rules differ from design", rules, sorted(lab["design"])))
        covered |= set(rules)
        t = lab["terms"]
        for f, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[f] is not None and abs(t[f] - thr) < 1e-9:
                problems.append((k, "label on threshold", f))
        share = None
        if lab.get("tco"):
            share = tco_share(lab)
            if abs(share - 40) <= 2:
                problems.append((k, "TCO share within 2 points of 40", share))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(j, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        n, n_nows = measure(text, lang)
        if lang == "zh":
            ok = 2750 <= n <= 3000  # characters of the read-back text (non-whitespace count shown for information)
        else:
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((k, "length", n, n_nows))
        hits = []
        for variant in (text, src, re.sub(r"\s+", " ", src), re.sub(r"\s+", "", src), re.sub(r"\s+", "", text)):
            hits += scan(variant)
        if hits:
            problems.append((k, "threshold text", sorted(set(hits))))
        print("%-52s %s %-4s len=%s%s rules=%s risk=%s%s" % (
            name, lang, fmt, n, "" if n_nows is None else " (no-ws %d)" % n_nows, ",".join(r[3:] for r in rules) or "-",
            risk(rules), "" if share is None else " tco_share=%.2f" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("set", "rules not covered", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "fix the problems above"
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
