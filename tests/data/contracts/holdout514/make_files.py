"""holdout514: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths, thresholds
and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市统计局统计数据采集平台建设项目采购合同
P:合同编号：LJTJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市统计局　　地址：临江市人民路88号
P:乙方（供应商）：杭州数衡信息技术有限公司　　地址：杭州市西湖区文三路512号
P:鉴于甲方通过公开招标确定乙方为“临江市统计数据采集平台建设项目”的中标供应商，根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计数据采集平台软件（永久许可，不限用户数），并按甲方需求完成定制开发，包括企业联网直报采集表单、审核规则引擎、与省级统计云及本局数据仓库的接口、统计执法台账模块。
P:1.2 乙方负责部署实施、历史数据迁移及培训，使平台在甲方政务云上稳定运行。
P:1.3 平台应支持全市约1.2万家调查对象的联网直报，覆盖工业、建筑业、批发零售业、住宿餐饮业、服务业及固定资产投资等专业的定期报表，并满足国家统计标准和省局数据报送规范。
P:1.4 平台应通过网络安全等级保护第三级测评和商用密码应用安全性评估，相关测评费用由乙方承担，整改工作由乙方负责按期完成，整改结果报甲方信息科备案。
H:第二条 合同价款
TB:序号|项目|金额（元）
TB:1|数据采集平台软件许可（永久）|780,000
TB:2|定制开发（表单、审核规则、接口、台账模块）|460,000
TB:3|部署实施及历史数据迁移|120,000
TB:4|培训（管理员及业务人员）|20,000
TB:合计|合同总价（含税）|1,380,000
P:2.1 合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），为固定总价，包含软件许可、开发、实施、迁移、培训、质保期内服务及税费。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%，即¥276,000，作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的55%，即¥759,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥345,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款资金来源为财政预算资金，付款时间以财政国库支付流程为准，但不得超出本条约定期限。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提请初步验收，初步验收合格后进入不少于60日的试运行。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。乙方每周向甲方提交项目周报，每月参加一次项目例会。
P:4.3 乙方应交付需求规格说明书、设计文档、测试报告、部署手册、用户手册、运维手册及源代码，文档须与系统实际版本一致。
P:4.4 试运行期间正值年报布置期的，乙方应安排专人驻场保障，并在报送截止日前三日安排夜间值守。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）历史数据迁移经逐表核对，记录数及关键指标汇总值一致；（3）在500个并发填报用户下页面平均响应时间不超过2秒；（4）与省级统计云接口连续10日无差错。
P:5.2 最终验收标准：试运行期内未发生一级故障，第三方安全测评无高危漏洞，甲方业务科室签署确认意见。
P:5.3 平台上线使用或甲方支付款项均不视为验收合格；验收以双方签署的验收报告为准。
P:5.4 验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外）。
P:6.2 一级故障（平台无法登录或填报中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 响应或恢复每超时1小时，乙方向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，支付¥2,000，可从应付款中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起算，期内免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可费的8%（即每服务年度不超过¥62,400），且质保期满后三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（含源代码、接口程序、审核规则配置及文档）的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。
H:第九条 数据安全与数据归属
P:9.1 平台中存储的统计调查对象资料、统计数据及日志均属于甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》，落实访问控制和操作审计，运维一律经堡垒机进行，不得复制或带离任何数据。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方及其项目人员对履约中知悉的统计资料、调查对象信息及甲方工作秘密负有保密义务，合同终止后仍然有效，未经甲方书面同意不得向任何第三方披露。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包，也不得分包。乙方项目人员均应为其正式员工，并签署保密承诺书交甲方备案。
H:第十三条 合同解除
P:13.1 乙方严重违约，或逾期交付超过30日的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在10日内提供证明，根据影响程度部分或全部免除责任。不可抗力持续超过60日的，双方可协商解除合同。
H:第十六条 廉洁与通知
P:16.1 乙方不得向甲方工作人员提供任何形式的财物或不正当利益。
P:16.2 双方往来通知以书面形式送达合同首部所列地址，地址变更应提前书面告知对方。
P:16.3 本合同履行情况接受财政部门和审计部门的监督检查，乙方应配合提供相关资料。合同签订后，甲方按规定在中国政府采购网及本市政府采购网公告合同。
H:第十七条 其他
P:17.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市统计局　　代表：__________　　日期：2026年__月__日
P:乙方（盖章）：杭州数衡信息技术有限公司　　代表：__________　　日期：2026年__月__日
"""

Z02 = """T:隧道窑控制系统改造及维保合同
P:合同编号：HT-YK-2026-0315
P:甲方：佛山市南庄华陶陶瓷有限公司　　地址：佛山市禅城区南庄镇陶博大道16号
P:乙方：广东窑控自动化科技有限公司　　地址：广州市黄埔区科学大道230号
P:甲方二号线隧道窑（长168米）原控制系统老化，温控精度不足。经比选，甲方委托乙方实施控制系统改造并提供维保服务，双方协商一致，订立本合同。
H:一、改造内容
P:（一）乙方拆除原控制柜，新装两套PLC控制柜，更换全窑温度、压力传感器及变送器和燃烧控制阀组，配置工控机及HMI，部署窑炉控制软件。
P:（二）乙方为甲方定制烧成曲线管理、配方参数管理、能耗统计画面，并与甲方生产管理系统对接。
P:（三）改造范围包括预热带、烧成带、冷却带共48个温区的测控回路，窑头窑尾风机变频控制，助燃风与燃气比例调节，以及窑车推进系统联锁。原有可利用的电缆桥架经双方确认后保留使用。
P:（四）乙方应在实施前提交改造技术方案、停窑切换方案和安全措施，经甲方生产部、设备部书面确认后方可施工。施工人员须遵守甲方厂区安全管理制度，动火、高处作业须办理审批。
H:二、价格明细
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、CPU、I/O模块）|2套|186,000|372,000
TB:2|温度/压力传感器及变送器|1批|214,000|214,000
TB:3|燃烧控制阀组|1批|268,000|268,000
TB:4|工控机及HMI|3套|38,000|114,000
TB:5|窑炉控制软件许可（永久）|1套|196,000|196,000
TB:|软硬件小计|||1,164,000
TB:6|安装调试及系统对接|1项|138,000|138,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:|合同总价（含税）|||1,320,000
P:（一）合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），含设备、软件、运输、安装、调试、培训及税费。
P:（二）上述价格为固定总价，合同履行期间不因原材料价格或汇率变化而调整。甲方书面确认的设计变更，按本表单价据实增减。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%（¥264,000）作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的45%（¥594,000）。到货签收仅为数量确认，不视为验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的35%（¥462,000）。
H:四、工期
P:（一）乙方应在合同签订后45日内完成到货，并利用甲方停窑检修窗口（不超过10日）完成切换安装，切换后20日内提请验收。
P:（二）乙方应交付设备清单、合格证、接线图、PLC程序及组态工程文件、操作手册和维护手册，并为甲方培训窑炉操作工及电工各不少于10人。
P:（三）因乙方原因导致停窑时间超出约定窗口的，乙方应承担由此造成的燃气及产品损失。
H:五、验收
P:（一）验收标准：1.全窑各温区实测温度与设定值偏差不超过±3℃；2.热负荷试运行72小时无停窑；3.烧成合格率不低于改造前三个月平均值；4.单位产品燃气消耗较改造前下降不少于6%；5.定制画面及对接数据经甲方核对无误。
P:（二）验收由双方共同进行并签署验收报告。设备安装或投入生产均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同。
P:（四）乙方对进场设备的质量负责，所有传感器须提供出厂校准证书，控制柜须通过出厂测试，并由甲方派员参加。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起算。质保期内乙方免费更换损坏部件并提供软件升级。
P:（二）一级故障（窑炉停烧或温控失效）乙方应在30分钟内响应，远程处理不能解决的8小时内到场；二级故障2小时内响应。
P:（三）响应或到场每超时1小时，乙方支付违约金¥800，甲方可从应付款中扣除。
P:（四）质保期内乙方每季度到厂巡检一次，检查传感器漂移、阀组动作和控制柜散热情况，对热电偶进行比对校准，并向甲方提交巡检报告。乙方应在广东省内保有常用备件库，确保关键备件48小时内送达。
P:（五）质保期满后的维保服务年费按软硬件小计的9%计取（即¥104,760），质保期满后三个服务年度内不调价，由双方另行签订维保合同，不自动续期。
H:七、违约责任
P:（一）乙方逾期到货或逾期完成安装调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备或软件不符合合同约定的，应负责免费更换或修复；因此延误的工期计入逾期天数。
P:（四）乙方施工造成甲方设备、窑体或人员损害的，由乙方承担赔偿责任，并负责修复。乙方应为进场施工人员购买意外伤害保险，并在进场前将保单复印件交甲方安全部备案。
H:八、知识产权
P:（一）窑炉控制软件标准版本的知识产权归乙方所有，乙方授予甲方永久使用许可。
P:（二）为甲方定制的控制程序、组态画面、接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
H:九、数据安全
P:（一）烧成曲线、配方参数、能耗及生产数据属于甲方所有，乙方仅可为履行本合同使用。
P:（二）乙方远程维护须经甲方批准并使用甲方提供的专用通道，全程记录，不得下载或留存甲方数据。
P:（三）控制系统网络应与办公网络隔离，乙方应关闭不必要的端口和服务，并设置分级操作权限。
P:（四）因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应在2小时内报告，并承担全部赔偿责任。
H:十、保密
P:（一）双方对履约中知悉的对方技术资料、工艺参数及商业信息负有保密义务，合同终止后仍然有效。
P:（二）未经甲方书面同意，乙方不得将本项目作为案例对外宣传，不得披露甲方的釉料配方和烧成制度。
H:十一、分包
P:（一）乙方可将电缆敷设、桥架安装等辅助工作分包给第三方，事先书面通知甲方即可，乙方对分包工作承担责任。
H:十二、合同解除
P:（一）乙方严重违约，或逾期超过30日的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:（二）合同解除后，乙方应在甲方通知的期限内配合甲方恢复窑炉正常生产，移交已完成部分的程序、图纸及资料。
H:十三、法律适用与争议
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十四、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:十五、其他
P:（一）本合同未尽事宜由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、验收方案。
P:甲方（盖章）：佛山市南庄华陶陶瓷有限公司　　代表：________　　日期：2026年__月__日
P:乙方（盖章）：广东窑控自动化科技有限公司　　代表：________　　日期：2026年__月__日
"""

Z03 = """汽车维修连锁门店工单及配件管理SaaS服务及实施合同

合同编号：CA-IT-2026-042
甲方：成都驰安汽车服务连锁有限公司（地址：成都市武侯区武科东一路18号）
乙方：上海修易云科技有限公司（地址：上海市闵行区申长路990号）

甲方在四川、重庆共经营40家汽车维修门店，需统一的工单、配件库存及客户管理系统。乙方为SaaS服务提供商。双方经协商，就甲方订阅乙方“修易云”服务及实施事宜达成如下约定。

1. 服务内容
1.1 乙方向甲方40家门店提供“修易云”SaaS服务，包括维修工单、配件进销存、调拨、会员及车辆档案、结算和经营报表功能。
1.2 乙方负责实施：门店开通、历史工单和客户数据迁移、配件编码库初始化、与甲方财务系统的接口、定制经营报表及店长培训。
1.3 服务期为两个服务年度，自上线验收合格之日起算。
1.4 服务包含门店端电脑及平板客户端、店长手机端、总部管理端，门店数量增减的，按第2.1条单价按月折算。
1.5 乙方为甲方指定一名客户成功经理和一名实施顾问，每月回访门店使用情况，每季度向甲方提交服务报告，内容包括可用率、故障、工单使用量和改进建议。

2. 费用
2.1 订阅费：每家门店每服务年度¥6,800，40家门店每服务年度合计¥272,000，两个服务年度合计¥544,000。
2.2 实施费（一次性）：¥96,000。
2.3 合同总价：¥640,000（含税）。
2.4 订阅费按季度支付，乙方应于每季度结束后5个工作日内提供服务报告及增值税专用发票，每季度结束后15个工作日内甲方支付当季订阅费¥68,000。实施费在上线验收合格后15个工作日内一次性支付。甲方无需预付任何款项。

3. 实施与上线验收
3.1 乙方应在合同签订后60日内完成全部40家门店上线。
3.2 上线验收标准：（1）40家门店均可正常开单、结算、出入库；（2）迁移的历史工单、客户及车辆档案经抽样核对，差错率不高于0.1%；（3）配件库存与甲方盘点结果一致；（4）财务接口连续5个营业日对账无差异；（5）定制报表经甲方确认。
3.3 双方签署上线验收报告后，服务期开始计算。
3.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥500。
3.5 实施按片区分三批进行：第一批成都市区16家，第二批四川其他地市14家，第三批重庆10家。每批上线前，乙方应完成该批门店人员培训并提供操作手册和视频教程。
3.6 历史数据迁移前，乙方应提交迁移方案，经甲方确认后执行；迁移过程中甲方原系统继续运行，直至该批门店上线验收合格。

4. 服务水平
4.1 服务月度可用率不低于99.5%（计划内维护除外，计划维护须提前48小时通知并安排在0:00—6:00）。
4.2 一级故障（全部或多家门店无法开单结算）乙方应在30分钟内响应，3小时内恢复；二级故障1小时内响应，当日解决。
4.3 乙方提供7×24小时服务热线及在线客服，门店营业时间（8:00—20:00）内的一般咨询应在10分钟内答复。乙方进行版本更新的，应提前5个工作日通知甲方，重大功能调整须经甲方确认，且不得降低已约定的功能。
4.4 月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障响应每超时1小时，抵扣当月订阅费的2%；抵扣在下一期费用中扣减。

5. 数据
5.1 甲方在服务中录入或产生的工单、客户、车辆、配件及财务数据归甲方所有。
5.2 乙方可将甲方数据经脱敏、汇总处理后，用于行业分析报告及产品改进，该项使用在服务期满后仍可继续。
5.3 甲方可随时在系统中自助导出工单、客户及库存数据。服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的甲方数据并出具删除证明。

6. 数据安全
6.1 乙方应将甲方数据存储于中国境内的数据中心，采取传输和存储加密、访问控制、操作日志留存等措施，并保持网络安全等级保护三级备案有效。
6.2 乙方员工访问甲方数据须经授权并留痕，乙方每服务年度至少进行一次渗透测试并将结果摘要提供给甲方。发生数据泄露等安全事件的，乙方应在2小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。

7. 保密
7.1 双方及其员工对在合作中知悉的对方商业秘密、客户信息和经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

8. 知识产权
8.1 “修易云”平台及其标准功能的知识产权归乙方所有。
8.2 为甲方定制的经营报表和财务接口程序的知识产权归甲方所有，乙方交付源代码及说明文档，甲方可自行修改或交由第三方使用。

9. 续期
9.1 服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。
9.2 续期时，乙方有权按其届时公布的标准价格调整订阅费，并以书面方式通知甲方。

10. 分包
10.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。乙方使用的云服务商为阿里云（华东及西南节点），如需更换，应提前60日书面告知甲方并取得甲方同意。

11. 责任限额
11.1 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第5、6、7条造成的损失不受此限。
11.2 甲方逾期支付订阅费超过30日的，乙方可书面催告；催告后15日内仍未支付的，乙方可暂停部分非核心功能，但不得删除甲方数据。
11.3 因第三方软件或网络运营商原因造成的服务中断，乙方应协调处理，但不免除其在第4条项下的服务抵扣义务。

12. 合同解除
12.1 一方严重违约，经另一方书面催告后15日内未纠正的，守约方有权书面通知解除本合同。乙方严重违约包括但不限于：数据泄露、擅自使用甲方数据超出第5条范围、服务中断累计超过72小时。
12.2 乙方连续两个月可用率低于承诺值的，甲方可解除本合同，并要求退还已付未使用期间的费用。
12.3 合同解除或终止后，乙方应按第5.3条交付数据，并在数据交付完成前继续以只读方式向甲方开放系统，期限不少于30日，不另收费。

13. 不可抗力
13.1 因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复服务，不可抗力期间的订阅费按实际可用时间结算。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

15. 其他
15.1 双方指定的联系人及联系方式见附件，变更应提前书面通知。本合同项下的通知以书面或电子邮件方式送达，电子邮件自进入对方系统之时视为送达。
15.2 本合同附件（门店清单、功能清单、实施计划）为合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都驰安汽车服务连锁有限公司　　授权代表：________　　日期：2026年__月__日
乙方（盖章）：上海修易云科技有限公司　　授权代表：________　　日期：2026年__月__日
"""

Z04 = """南湖市公证处公证业务系统年度运维服务合同

项目编号：NHGZ-CS-2026-03（竞争性磋商）
甲方：南湖市公证处（地址：南湖市政务新区和平大道66号）
乙方：江苏法信软件服务有限公司（地址：南京市建邺区江东中路359号）

根据南湖市公证处公证业务系统年度运维服务项目竞争性磋商结果，乙方为成交供应商。为保障甲方公证业务系统安全稳定运行，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。

（1）服务范围
① 运维对象：公证业务管理系统、在线公证服务平台、电子卷宗归档系统、身份核验接口及相关数据库、中间件和服务器操作系统。
② 服务内容：驻场运维1人（工作日8:30—17:30）、远程技术支持、每月巡检、季度数据备份恢复演练、系统补丁和版本升级、与司法行政部门平台的接口维护、重大节假日保障。
③ 服务期：2026年1月1日至2026年12月31日。
④ 运维对象清单（服务器23台、数据库4套、中间件6套、网络安全设备8台）见附件一，服务期内甲方新增的同类设备不超过清单数量的10%的，不另行计费。
⑤ 乙方应在服务期开始后15日内完成运维交接，包括系统现状评估、账号权限梳理、备份策略核对和应急预案修订，并提交交接报告。

（2）服务费用及支付
① 运维服务费为人民币叁拾捌万陆仟元整（¥386,000），含驻场人员、远程支持、备件以外的全部服务费用及税费。
② 服务费按季度支付，每季度服务考核合格后15个工作日内，甲方支付当季服务费¥96,500。甲方不预付任何费用。
③ 乙方应在每季度结束后5个工作日内提交季度服务报告及增值税发票。服务期内如需更换硬件备件，备件费用由双方另行确认，不包含在本合同价款内。
④ 乙方银行账户信息如有变更，应提前以书面形式通知甲方，否则由此产生的付款风险由乙方承担。

（3）服务要求
① 一级故障（公证业务系统或在线平台整体无法使用）：乙方应在15分钟内响应，2小时内到场，6小时内恢复业务。
② 二级故障（部分功能异常，影响出证）：30分钟内响应，8小时内解决。
③ 三级故障及咨询：2小时内响应，3个工作日内解决。
④ 每月5日前提交上月巡检报告，内容包括系统性能、存储容量、安全日志和备份情况。巡检发现的隐患应列明处理建议和完成时限。
⑤ 乙方未达到上述响应或恢复时限的，应在3个工作日内提交书面情况说明及整改措施，并在下次季度考核中如实记录。
⑥ 乙方应建立运维工单台账，记录故障发生时间、响应时间、处理过程和恢复时间，甲方可随时查阅。
⑦ 春节、国庆等重大节假日、高考等重要时段及甲方集中办证期间，乙方应安排专人值守，并提前制定保障方案报甲方确认。

（4）季度考核与年度验收
① 甲方每季度按以下标准考核：工单按时关闭率不低于95%；巡检报告按时提交；备份恢复演练成功；无因乙方原因导致的数据丢失。
② 季度考核不合格的，乙方应在15日内整改并重新提交考核材料。
③ 服务期满后，甲方组织年度验收，标准为：全年运维记录完整，系统补丁及升级全部完成并形成文档，运维知识库和账号权限清单移交完毕。双方签署验收报告。

（5）版本升级
① 乙方应在2026年6月30日前完成电子卷宗归档系统的版本升级部署。升级前应提交升级方案和回退方案，在测试环境验证通过并经甲方书面同意后，利用非办证时间实施。升级后乙方应进行全量功能回归测试和数据一致性校验，并出具升级报告。逾期完成的，每逾期一日按合同总价的千分之一向甲方支付违约金。

（6）数据安全
① 公证档案、当事人身份信息、电子卷宗及系统日志均属于甲方所有，乙方仅为履行本合同接触，不得用于任何其他目的。
② 乙方运维操作须通过甲方堡垒机进行，禁止私自拷贝、下载或外传数据，运维终端不得接入互联网。
③ 乙方人员须签署个人承诺书，并接受甲方安全培训。
④ 乙方应每月检查数据库备份的完整性，每季度进行一次恢复演练，备份介质存放于甲方指定地点，不得带离甲方场所。
⑤ 乙方应配合甲方完成网络安全等级保护测评及司法行政部门的安全检查，对检查发现的运维相关问题及时整改。
⑥ 因乙方原因发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合处置，并承担全部赔偿责任及相应法律责任。

（7）保密
① 乙方对履约中知悉的公证事项、当事人信息及甲方内部资料负有保密义务，该义务在合同终止后持续有效。
② 乙方人员离岗时应交还全部资料和账号，乙方应在当日注销其全部系统权限。
③ 未经甲方书面同意，乙方不得以任何形式对外披露本项目情况或将甲方作为案例宣传。保密义务不因合同终止而免除，乙方应督促其全部人员遵守。

（8）知识产权
① 运维期间乙方为甲方编写的脚本、接口补丁、运维文档及知识库归甲方所有。
② 乙方原有软件产品的知识产权仍归原权利人。
③ 乙方保证其提供的服务及交付物不侵犯第三方知识产权；因侵权引起纠纷的，由乙方负责处理并承担责任。

（9）人员
① 驻场人员须具备三年以上同类系统运维经验，更换须提前10日书面告知甲方并经甲方同意。
② 乙方应为本项目配备项目经理1名、数据库工程师1名和安全工程师1名作为后台支持，人员名单见附件二。
③ 驻场人员应遵守甲方的考勤、保密和办公管理制度，甲方认为驻场人员不能胜任的，乙方应在10日内更换。

（10）分包
① 乙方不得将本合同项下的服务转包或分包。

（11）合同的变更和解除
① 本合同履行期间，任何一方不得单方解除合同。确需变更或解除的，双方应协商一致并签订书面协议。
② 服务期满后本合同自然终止，不自动续期。
③ 服务期满或合同终止前，乙方应向甲方或甲方指定的新服务商完成运维交接，移交全部账号、口令、配置文档、运维脚本和知识库，并提供不少于15日的交接协助，不另收费。

（12）违约责任
① 乙方提供的服务不符合本合同约定的，应及时整改。
② 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
③ 乙方人员在甲方场所造成甲方设备损坏的，乙方应负责修复或按价赔偿。

（13）法律适用与争议解决
① 本合同适用中华人民共和国法律。合同履行中发生争议的，双方应在不影响公证业务正常开展的前提下继续履行无争议部分。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14）不可抗力
① 因不可抗力不能按约提供服务的，乙方应立即通知甲方，并在条件允许时尽快恢复服务；不可抗力期间的服务费按实际提供的服务结算。

（15）其他
① 磋商文件、响应文件及成交通知书为本合同组成部分，其中对乙方服务承诺高于本合同约定的，以承诺为准。附件：一、运维对象清单；二、乙方服务人员名单；三、季度考核表。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：南湖市公证处　　负责人或授权代表：________　　日期：2026年__月__日
乙方（盖章）：江苏法信软件服务有限公司　　法定代表人或授权代表：________　　日期：2026年__月__日
"""

Z05 = """# 工匠MES生产管理软件许可及定制开发合同

**济南工匠智造软件有限公司 标准合同文本 V3.0**

合同编号：GJ-MES-2026-088

- 甲方（买方）：山东龙口金穗粉丝有限公司，地址：山东省龙口市诸由观镇工业园8号
- 乙方（卖方）：济南工匠智造软件有限公司，地址：济南市高新区舜华路2000号

甲方为绿豆粉丝、红薯粉丝生产企业，拟提升制浆、漏粉、冷冻、晾晒及包装各工序的生产管理水平。乙方是“工匠MES”生产管理软件的著作权人，该软件已在食品、调味品等行业应用。双方经协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供“工匠MES”生产管理软件永久使用许可（2条生产线，50个用户）。
2. 乙方按甲方需求进行定制开发：粉丝配料与批次追溯模块、晾晒房温湿度采集接口、包装线称重数据接入、质检记录电子化及生产日报，追溯范围从绿豆、红薯淀粉原料入库至成品出库。
3. 乙方负责软件安装、系统配置和操作人员培训，培训对象为甲方车间主任、班组长、质检员及仓库管理员。
4. 软件功能以乙方标准产品功能说明书（V3.0）及双方确认的定制需求清单为准，清单以外的功能不属于本合同范围。
5. 运行软件所需的服务器、网络、数据库软件、工位电脑及扫码、称重等现场设备由甲方自行采购和提供，并须符合乙方出具的配置要求。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|工匠MES软件许可（永久，2条产线，50用户）|372,000|
|2|定制开发（批次追溯、温湿度接口、称重接入、质检、日报）|168,000|
|3|安装配置及培训|60,000|
||**合同总价（含税）**|**600,000**|

合同总价为人民币陆拾万元整（¥600,000）。上述价格不含甲方自备的服务器、数据库及现场硬件费用，也不含现场服务的差旅费用。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方支付合同总价的50%（¥300,000）作为预付款，乙方收到预付款后开始工作。
2. 系统上线后5个工作日内，甲方支付合同总价的50%（¥300,000）。乙方收款前向甲方开具增值税专用发票，发票税率按国家规定执行。
3. 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务，由此造成的工期延误由甲方负责。

## 第四条 交付与上线

1. 乙方在收到预付款后约90日内完成安装和定制开发，具体进度以乙方项目计划为准。
2. 因甲方需求变更、现场条件不具备、基础数据提供不及时等原因造成的延误，交付期相应顺延。
3. 甲方应指定项目负责人及各车间联络人，按乙方要求及时提供基础数据（物料编码、配方、工艺路线、人员及设备清单），并组织相关人员参加培训。
4. 定制需求须在项目启动后20日内由甲方书面确认，确认后的需求变更视为新增需求，乙方可另行报价。

## 第五条 验收

1. 系统安装完成并在甲方车间投入运行（上线）后，即视为甲方验收合格。乙方可向甲方出具上线确认单，甲方应在收到后3日内签字；逾期未签的，视为确认。
2. 甲方在上线后发现的问题，乙方在质保期内予以修复。
3. 甲方应在上线前组织操作人员完成培训，并自行负责基础数据的准确性；因基础数据错误导致的问题，由甲方自行负责。

## 第六条 质保期

1. 质保期为6个月，自系统上线之日起算。定制开发部分的质保期与软件许可部分相同，不另行计算。
2. 质保期内乙方通过电话、微信及远程方式提供技术支持，修复软件缺陷。
3. 因甲方操作不当、擅自修改配置、硬件或网络故障、病毒等原因导致的问题，不属于质保范围，乙方可按其服务收费标准另行收费。

## 第七条 质保期满后的维护

1. 质保期满后，甲方如需继续获得技术支持和升级，应每服务年度向乙方支付维护费，维护费为软件许可费的28%（即¥104,160）。
2. 维护服务由双方另行签订年度维护合同，不自动续期。
3. 甲方未购买维护服务的，乙方提供的远程支持按每人每日¥2,400收费，现场支持另计差旅费用。维护费在每个服务年度开始前一次性支付。

## 第八条 技术支持

1. 乙方设立客服热线，工作日9:00—17:00受理甲方问题，并尽商业上合理的努力予以解决。甲方应指定两名系统管理员统一向乙方反映问题，并提供问题截图和操作步骤。
2. 如需乙方派员到现场服务，甲方应提前3个工作日预约，并承担乙方人员的差旅费用。
3. 乙方发布的新版本，甲方在质保期内可免费升级，升级前甲方应配合备份数据；质保期满且未签订维护合同的，乙方不再提供升级。

## 第九条 知识产权

1. 工匠MES软件及本合同项下全部定制开发成果（包括源代码、接口程序和报表模板）的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。甲方如需二次开发，应委托乙方进行，费用另计。

## 第十条 数据

1. 甲方在系统中产生的生产、配料、质检数据归甲方所有。
2. 乙方有权将甲方数据脱敏后用于产品改进、行业模型训练及同类客户方案展示，该项权利在合同终止后继续有效。

## 第十一条 数据安全

1. 乙方远程维护须经甲方同意，使用加密通道，并记录操作日志，不得擅自复制甲方数据。甲方应自行做好数据库的日常备份，乙方可提供备份方案建议。
2. 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十二条 保密

1. 双方对在合作中获得的对方技术资料、工艺配方和商业信息负有保密义务，未经对方同意不得向第三方披露，合同终止后两年内有效。

## 第十三条 责任限制

1. 乙方在本合同项下的累计赔偿责任不超过合同总价的20%。
2. 乙方不承担甲方的间接损失、利润损失或停产损失。
3. 因甲方提供的硬件、网络、电力或第三方软件原因造成的损失，乙方不承担任何责任。

## 第十四条 合同解除

1. 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。
2. 合同解除的，甲方应支付乙方已完成工作的费用；已支付的软件许可费不予退还，甲方可继续使用已交付的软件。

## 第十五条 不可抗力

1. 因不可抗力不能履行合同的，受影响方应及时通知对方，并可根据影响程度部分或全部免除责任。

## 第十六条 争议解决

1. 因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。争议处理期间，双方应继续履行无争议的部分。

## 第十七条 其他

1. 本合同未尽事宜，双方可另行签订补充协议。本合同附件包括定制需求清单、乙方标准产品功能说明书及硬件配置要求，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：山东龙口金穗粉丝有限公司　　代表：________　　日期：2026年__月__日

乙方（盖章）：济南工匠智造软件有限公司　　代表：________　　日期：2026年__月__日
"""

E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. SLX-CN-2026-011
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Ningbo Harbourline Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 77 Zhenhai Port Road, Beilun District, Ningbo (the "Customer"); and
P:(2) Softlogix de Monterrey, S.A. de C.V., a company incorporated in the United Mexican States, with its principal office at Avenida Constitucion 1450, Monterrey, Nuevo Leon, Mexico (the "Vendor").
P:Background: The Customer operates three cold-storage warehouses in Ningbo and wishes to replace its spreadsheet-based stock control with the Vendor's LogixWMS warehouse management system. The Vendor has offered perpetual licences together with configuration, interface, migration and training services. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LogixWMS server software, named user licences and RF handheld licences listed in Article 3, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, label layouts and migration scripts created by the Vendor specifically for the Customer.
P:1.3 "Go-Live" means the first day on which the Customer uses the Software for live warehouse operations in all three warehouses.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software in the People's Republic of China for the Customer's own business and that of its affiliates.
P:2.2 The Vendor shall configure the Software for the Customer's inbound, putaway, temperature-zone allocation, picking, cross-docking and outbound processes; build interfaces to the Customer's ERP system, transport management system and cold-room temperature monitoring system; migrate open stock and master data; and train key users and administrators.
H:Article 3 Price
P:3.1 The prices are as follows (CNY, including applicable taxes):
P:(a) LogixWMS server licence, 1 unit: CNY 420,000;
P:(b) named user licences, 60 units at CNY 4,500: CNY 270,000;
P:(c) RF handheld licences, 40 units at CNY 2,800: CNY 112,000;
P:Licence Subtotal: CNY 802,000;
P:(d) configuration and interfaces, fixed price: CNY 286,000;
P:(e) data migration, fixed price: CNY 64,000;
P:(f) training, fixed price: CNY 28,000.
P:3.2 The total Contract Price is CNY 1,180,000. It is fixed and covers all licences, services, travel and expenses of the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 236,000) within 20 days after signature of this Agreement, against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 649,000) within 20 days after Go-Live.
P:4.3 The Customer shall pay the remaining 25% of the Contract Price (CNY 295,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice. Each invoice shall be a valid Chinese VAT invoice issued by the Vendor's Shanghai partner on the Vendor's behalf, or shall be accompanied by the documents the Customer needs to withhold and pay any applicable taxes. Bank charges outside China are for the Vendor's account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature of this Agreement. Within 15 days after signature the Vendor shall deliver a project plan with milestones for design, configuration, interface testing, user acceptance testing, training and cut-over, and shall name a project manager who speaks Mandarin and remains assigned until Final Acceptance unless the Customer agrees otherwise.
P:5.2 Final Acceptance requires that: (a) all functions in the agreed requirement specification pass the acceptance test scripts; (b) stock migrated from the old system matches the physical count at line level in every warehouse; (c) the ERP, transport and temperature interfaces run for 15 consecutive working days without reconciliation errors; (d) picking transactions on RF handhelds complete in under 2 seconds at peak load; and (e) no Severity 1 defect occurs in the 30 days after Go-Live.
P:5.3 When these criteria are met, the Customer shall sign the Final Acceptance Certificate within 10 working days or state in writing which criteria are not met. Go-Live, live use or any payment is not Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates free of charge.
P:6.2 Support is provided in Chinese and English by the Vendor's support centre and its Shanghai partner. For a Severity 1 incident (warehouse operations stopped or inventory data unavailable) the Vendor shall respond within 1 hour at any time of day and provide a workaround within 8 hours. Severity 2 incidents are responded to within 2 business hours.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal (CNY 88,220 per support year) and shall not increase for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 All data entered into or generated by the Software, including stock records, customer orders and temperature logs, belongs to the Customer. The Vendor may use it only to perform this Agreement.
P:8.2 The Software is installed on the Customer's servers in Ningbo. Remote access by the Vendor requires the Customer's approval for each session, takes place over the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer data out of the Customer's systems and shall comply with the Personal Information Protection Law and Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer data, cooperate in remedying it, and is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party under this Agreement and use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the agreed dates for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 8 and 9, infringement claims, fraud and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Shanghai support partner named in Annex 2 is approved by signature of this Agreement.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, less the Licence Subtotal if the Customer elects to keep the licences.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the federal laws of the United Mexican States.
P:13.2 Any dispute shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce, seated in Monterrey, Mexico, in the English language.
P:13.3 Pending the outcome of any dispute, each party shall continue to perform its obligations that are not in dispute, and the Vendor shall not suspend support or withhold licence keys.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may end this Agreement by written notice. Neither party may assign this Agreement without the other party's prior written consent. Notices shall be in writing and sent to the addresses above.
P:14.2 This Agreement, with Annex 1 (Requirement Specification) and Annex 2 (Support Partner), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is signed in two originals in English.
P:For the Customer: ____________________ Name / Title / Date
P:For the Vendor: ____________________ Name / Title / Date
"""

E02 = """# ORDER FORM - LEARNWELL TRAINING PLATFORM

**Borinquen Cloud Labs LLC** - 1250 Avenida Ponce de Leon, Suite 702, San Juan, Puerto Rico 00907

Order Form No. BCL-OF-2026-0193

| Item | Details |
|---|---|
| Customer | Suzhou Jinhe Supermarket Chain Co., Ltd., 88 Renmin Road, Gusu District, Suzhou, Jiangsu, China |
| Provider | Borinquen Cloud Labs LLC, San Juan, Puerto Rico |
| Service | LearnWell online training platform (courses, exams, certificates, store-level reporting), Chinese-language interface |
| Users | 1,200 named users (store staff, supervisors and trainers) |
| Subscription Term | two Subscription Years, 1 April 2026 to 31 March 2028 |
| Currency | CNY, at the Customer's request |

## FEES

| Fee | Calculation | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 1,200 users x CNY 180 | 216,000 |
| Subscription fee, Subscription Year 2 | 1,200 users x CNY 180 | 216,000 |
| Onboarding (one-time) | course migration, single sign-on, configuration, trainer workshops | 38,000 |
| **Total Contract Value** | | **470,000** |

Subscription fees are invoiced quarterly in advance (CNY 54,000 per quarter); the first invoice is issued on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance. No amount is payable before the Service Start Date. Invoices are payable within 30 days. Additional users may be added at CNY 180 per user per Subscription Year, pro rata.

This Order Form is governed by the General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

Accepted for the Customer: ____________________ Name / Title / Date

Accepted for the Provider: ____________________ Name / Title / Date

# GENERAL TERMS

## 1. DEFINITIONS

1.1 "Service" means the hosted LearnWell platform described in the Order Form, including its mobile application.

1.2 "Customer Data" means all data, course materials, exam results and user records submitted to or generated in the Service by or for the Customer.

1.3 "Service Start Date" means the date on which the Provider makes the production tenant available to the Customer, planned for 1 April 2026.

1.4 "Documentation" means the Provider's user guides, administrator guides and release notes for the Service, as updated from time to time.

1.5 "Authorised Users" means the Customer's employees and contractors to whom the Customer assigns a named user account, up to the number of users in the Order Form.

## 2. ONBOARDING AND ACCEPTANCE

2.1 The Provider shall, within 45 days after the Service Start Date: migrate the Customer's existing 140 training courses and question banks; connect the Service to the Customer's single sign-on; configure store, region and role structures for 62 stores; and run two trainer workshops.

2.2 Onboarding Acceptance takes place when: (a) all 140 courses open and play correctly on desktop and mobile; (b) question banks match the source files in a full count; (c) staff log in through single sign-on in every store; and (d) store-level completion reports agree with a manual test sample of 50 users. The Customer shall confirm acceptance in writing within 5 business days or list the failed criteria.

2.3 If Onboarding Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

2.4 The Customer shall provide the course files, question banks, store list and single sign-on details requested by the Provider within 10 business days after signature, and shall name an onboarding coordinator. Delays caused by late Customer inputs extend the onboarding period accordingly.

## 3. SERVICE LEVELS

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 For a Priority 1 incident (the Service is unavailable or users cannot log in) the Provider shall respond within 30 minutes and restore service within 6 hours. Priority 2 incidents are responded to within 2 hours.

3.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the quarterly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that fee. Each missed Priority 1 response time earns a credit of CNY 1,000. Credits are set off against the next invoice.

3.4 By the tenth day of each month the Provider shall send the Customer a service report showing monthly availability, incidents by priority, response and restore times, and any credits due. The Customer may check the figures against the Provider's public status page, which records every outage and maintenance window.

## 4. CUSTOMER DATA

4.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 During the Subscription Term the Customer may export Customer Data at any time in CSV and SCORM formats. Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in those formats and then delete it.

## 5. CONFIDENTIALITY

5.1 Each party shall keep confidential all non-public business, technical and pricing information disclosed by the other party, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These obligations continue for three years after the end of the Subscription Term.

## 6. INTELLECTUAL PROPERTY

6.1 The Provider owns the Service and all its software, templates and documentation.

6.2 Courses, question banks, certificates and branded layouts prepared for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, including outside the Service.

6.3 The Provider shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay any damages finally awarded, provided the Customer notifies the Provider promptly and allows it to control the defence.

## 7. SUBCONTRACTING

7.1 The Provider shall not subcontract any part of the Service or onboarding without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 8. TERM, RENEWAL AND TERMINATION

8.1 The Order Form runs for the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider refunds any prepaid fees for the period after termination.

8.3 On expiry or termination, the Customer's access ends after the 30-day return period in clause 4.2, during which the Customer may continue to export its reports and certificates.

## 9. LIMITATION OF LIABILITY

9.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, or loss of profit, except in case of wilful misconduct.

## 10. WARRANTIES AND SUPPORT

10.1 The Provider warrants that the Service will perform materially in accordance with its Documentation and that it will not materially reduce the functionality of the Service during the Subscription Term.

10.2 The Provider provides support in Mandarin through its partner help desk in Shanghai, by telephone, e-mail and chat, from 08:00 to 22:00 China Standard Time every day, and for Priority 1 incidents at any time. New releases are included in the subscription fee and are announced at least 10 days in advance with release notes.

10.3 The Provider shall keep the Service compatible with the current and previous major versions of the mobile operating systems and web browsers listed in the Documentation.

## 11. GOVERNING LAW AND DISPUTES

11.1 At the Customer's request, this Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

## 12. CUSTOMER RESPONSIBILITIES

12.1 The Customer is responsible for the content it uploads, for managing its Authorised Users and their access rights, and for using the Service in accordance with the Documentation and applicable law. The Customer shall not resell the Service or use it to build a competing product.

12.2 The Customer may add Authorised Users at any time at the price in the Order Form. Unused user licences are not refunded, but the Customer may reassign a named user account when an employee leaves.

## 13. GENERAL

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public networks, provided that it informs the other party promptly and resumes performance as soon as possible.

13.2 Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign this Order Form without the other party's written consent. The Order Form and these General Terms are the entire agreement of the parties for the Service.
"""

E03 = """T:Purchase Contract for Cold-Store Environmental Monitoring System
P:Contract No. ZBA-PUR-2026-027
P:Buyer: Zhanjiang Bluebay Aquatic Products Co., Ltd., 9 Haibin Avenue, Xiashan District, Zhanjiang, Guangdong, China (the "Buyer").
P:Supplier: Sensores del Valle S. de R.L. de C.V., Colonia Trejo, 12 Calle, San Pedro Sula, Cortes, Honduras (the "Supplier").
P:The Buyer operates a cold-storage site of six freezer rooms and two processing halls for frozen shrimp and fish. Following a competitive quotation, the Buyer purchases from the Supplier an environmental monitoring system on the Buyer's standard terms below. All prices are in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, ammonia leak detectors, gateways, a monitoring server and the perpetual licence of its ColdWatch monitoring software, and shall integrate alarms with the Buyer's refrigeration control panel and duty telephones.
P:1.2 The Supplier shall also build the Buyer's site dashboards, HACCP temperature reports and an interface to the Buyer's quality system (the "Custom Work").
P:1.3 All equipment shall be new, of current production, suitable for continuous operation at minus 35 degrees Celsius and at high humidity, and certified for use in China where certification is required. Ammonia detectors shall be explosion-proof and carry the required Chinese certificates. Sensors shall be delivered with individual calibration certificates traceable to a national standard.
P:1.4 The Supplier shall deliver operating manuals, maintenance manuals, wiring and layout drawings and the software documentation in Chinese, together with a list of recommended spare parts and their prices.
H:Section 2 Price
P:2.1 The Contract Price is set out in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor|320|650|208,000
TB:2|Humidity sensor|80|720|57,600
TB:3|LoRa gateway|16|6,400|102,400
TB:4|Ammonia leak detector|24|4,800|115,200
TB:5|Monitoring server|1|68,000|68,000
TB:6|ColdWatch software licence, perpetual|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||647,200
TB:7|Installation, commissioning and Custom Work|1|74,800|74,800
TB:8|Training|1|8,000|8,000
TB:|Contract Price|||730,000
P:2.2 The Contract Price is fixed and includes delivery to the site, import duties, installation materials, taxes and all travel of the Supplier's staff.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 65% of the Contract Price (CNY 474,500) is paid within 30 days after the Buyer signs the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 255,500) is paid within 30 days after Final Acceptance.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation within 20 days after delivery, working in the freezer rooms only during the Buyer's defrost windows.
P:4.2 Title and risk in the equipment pass to the Buyer on signature of the delivery note at the site. The Supplier shall pack the equipment for sea and road transport and insure it until delivery.
P:4.3 The Supplier's staff shall follow the Buyer's site rules for food safety, hygiene, cold-room entry and hot work, and shall wear the protective clothing provided by the Buyer.
P:4.4 For each day of delay in delivery or installation attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the server at the agreed interval for 30 consecutive days; (b) sensor readings agree with the Buyer's calibrated reference thermometer within 0.5 degrees Celsius in each room; (c) a simulated ammonia leak and a simulated door-open alarm reach the duty telephones within 60 seconds; (d) the HACCP reports and quality-system interface are confirmed by the Buyer's quality manager; and (e) calibration certificates for all sensors are delivered.
P:5.2 Delivery, installation or use of the system does not constitute acceptance. Final Acceptance is given only by the Final Acceptance Certificate signed by both parties.
P:5.3 The acceptance tests follow the test plan in Annex 1, which the Supplier shall submit at least 10 days before testing. The Buyer's quality manager and refrigeration engineer attend all tests. If a test fails, the Supplier shall correct the cause and repeat the test at its own cost; if the system fails the same test twice, the Buyer may reject the affected equipment and require its replacement.
H:Section 6 Warranty and Service
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and recalibration.
P:6.2 Service is provided through the Supplier's authorised partner in Guangzhou. For a Severity 1 fault (loss of monitoring or alarms for any freezer room) the Supplier shall respond within 30 minutes and be on site within 12 hours; Severity 2 faults are responded to within 2 hours.
P:6.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay the Buyer CNY 500, deductible from amounts due.
P:6.4 During the warranty period the Supplier shall recalibrate a sample of sensors every six months and replace any sensor outside tolerance, and shall keep a stock of spare sensors and gateways at its Guangzhou partner so that replacements reach the site within 48 hours.
P:6.5 The Supplier shall train six of the Buyer's engineers and the quality team in system operation, alarm handling, sensor replacement and report generation before Final Acceptance.
P:6.6 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 45,304 per year). This fee is fixed for three years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
H:Section 7 Data
P:7.1 All readings, alarms, logs and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The system is installed on the Buyer's network. The Supplier's remote access requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours and is liable for losses caused by its breach of this Section.
P:7.4 Gateways and the monitoring server shall be delivered with default passwords changed, unused ports closed and the latest security firmware installed. The Supplier shall inform the Buyer of security updates for the system during the warranty period and install them in agreement with the Buyer.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, customer names and production volumes, and shall not disclose it without prior written consent. This obligation survives for three years after termination.
H:Section 9 Intellectual Property
P:9.1 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
P:9.2 The Custom Work, including its source code, belongs to the Buyer, which may use, modify and license it freely.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Guangzhou service partner named in Annex 2 is approved by signature of this Contract. The Supplier remains responsible for its partner.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Section 4.4 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court where the Buyer is domiciled.
H:Section 14 General
P:14.1 A party affected by force majeure shall notify the other party promptly and provide evidence. Its obligations are suspended for the duration of the event. If the event continues for more than 60 days, either party may terminate the part of the Contract not yet performed.
P:14.2 The Supplier shall obtain all export licences needed in Honduras and bears the import duties under Section 2.2. The Buyer acts as importer of record for customs clearance in China, with the Supplier providing invoices, packing lists and certificates of origin.
P:14.3 This Contract is made in Chinese and English; both texts have equal force. Amendments must be in writing and signed by both parties.
P:Annex 1: Equipment list and sensor layout. Annex 2: Service partner.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. LXS-MSA-2026-07

**Between** Wenzhou Oubei Footwear Co., Ltd., 36 Oujiang Road, Lucheng District, Wenzhou, Zhejiang, China (the "Customer")

**and** Lago Xolotlan IT Services S.A., Edificio Pellas, Km 4.5 Carretera a Masaya, Managua, Nicaragua (the "Provider").

The Customer manufactures leather and casual footwear in two factories and runs a sales office in Hangzhou. It wishes to outsource its service desk, endpoint management and server monitoring. The Provider operates a follow-the-sun service desk with Mandarin-speaking engineers and a field partner in Wenzhou. The parties agree as follows. All amounts are in CNY.

## 1. Services

1.1 The Provider shall provide the services described in Schedule 1 (the "Services") for 24 months from the Service Commencement Date (the "Term").

1.2 The Services cover 620 desktop and laptop endpoints, 38 servers, the factory wireless networks and the Customer's email and collaboration accounts.

1.3 The Customer may change the number of endpoints by up to 10 per cent without a change in the monthly charge. Larger changes are priced pro rata at the unit rates in Schedule 3, effective from the next month.

1.4 The Customer remains responsible for buying hardware and software licences, for its business applications and for decisions on IT policy. The Provider shall advise the Customer on these matters and carry out approved changes through the change process in clause 4.4.

## 2. Transition and Service Commencement

2.1 The Provider shall complete transition (asset discovery, knowledge transfer from the Customer's IT team, tool deployment, runbook preparation) within 60 days after signature.

2.2 The Service Commencement Date is the date on which the Customer signs the Service Commencement Certificate. The Customer shall sign it when: (a) all endpoints and servers report to the Provider's management tools; (b) runbooks for the 25 most frequent requests are approved by the Customer; (c) the service desk handles live tickets for a 10-day shadow period and meets the Schedule 2 response targets on at least 90 per cent of them; and (d) the monitoring of all servers is demonstrated to the Customer.

2.3 If the Service Commencement Date is later than the 60 days in clause 2.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay.

2.4 The Customer shall give the Provider timely access to its systems, documentation and IT staff during transition, and shall keep its current support arrangements in place until the Service Commencement Date. The Provider shall submit a transition plan within 10 days after signature, and the parties shall hold a weekly transition meeting until the Service Commencement Date.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,170,000.

3.2 The monthly charge is invoiced monthly in arrears. The transition charge is invoiced after the Service Commencement Date. No advance payment is due.

3.3 Invoices are payable within 30 days of receipt of a correct VAT invoice.

## 4. Service Levels

4.1 The Provider shall meet the service levels in Schedule 2. Service levels are measured monthly from the Provider's ticketing tool, to which the Customer has read access.

4.2 If a service level is missed, the Customer receives the service credits in Schedule 2, which are deducted from the next invoice.

4.3 The Provider shall send a monthly service report by the fifth working day of each month, covering tickets, service-level results, patch status and open risks. The parties meet each month to review the report and each quarter to review improvement plans.

4.4 Changes to servers, network devices and security settings follow a written change process: the Provider proposes the change with a rollback plan, the Customer's IT manager approves it, and changes affecting production run outside factory shift hours unless the Customer agrees otherwise.

4.5 Before the Service Commencement Date the Provider shall agree with the Customer a business continuity plan for the service desk, including a backup site and the handling of Priority 1 incidents if its primary tools are unavailable.

## 5. Customer Data and Data Security

5.1 All data on the Customer's endpoints, servers and accounts, and all tickets and reports about them ("Customer Data"), belongs to the Customer. The Provider may access and use Customer Data only to perform the Services.

5.2 The Provider shall: access Customer systems only through the Customer's privileged-access gateway with multi-factor authentication; keep all access logs for the Term; not store Customer Data outside the Customer's systems and its ticketing tool hosted in mainland China; vet and train every engineer who has access; and comply with the Personal Information Protection Law and Data Security Law of the People's Republic of China.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 6 hours, take all steps needed to contain it, and compensate the Customer for all losses caused by its breach of this clause 5.

5.4 At the end of the Term the Provider shall return all Customer Data and runbooks and delete its copies, and confirm deletion in writing.

## 6. Intellectual Property

6.1 The Provider keeps its tools, methods and standard templates.

6.2 Runbooks, scripts, configuration baselines and documentation prepared specifically for the Customer belong to the Customer, which may use and modify them freely, also with another provider.

## 7. Personnel and Subcontracting

7.1 The Provider shall name a service delivery manager who speaks Mandarin and visits the Wenzhou factories at least once a quarter.

7.2 The Provider may subcontract parts of the Services, including on-site field support, to its affiliates or to third parties by giving the Customer written notice of the subcontractor's name and scope. The Provider remains responsible for its subcontractors.

## 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and the Provider's liability under clause 5, which are not limited.

## 9. Term and Termination

9.1 This Agreement ends at the end of the Term and does not renew automatically. A renewal requires a new written agreement.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. The Customer may also terminate if the Provider misses the same Priority 1 service level in three consecutive months.

9.3 On expiry or termination the Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 3, including handing over all open tickets, runbooks, asset records, passwords and administrative accounts to the Customer or a new provider.

9.4 Neither party is liable for a delay caused by force majeure, provided that it informs the other party promptly and limits the effect. If force majeure prevents the Services for more than 30 days, the Customer may terminate the affected Services without charge.

## 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wenzhou Arbitration Commission.

## 11. General

11.1 Notices must be in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be signed by both parties.

11.2 Neither party may assign this Agreement without the other party's written consent. The Provider shall invoice through its registered representative office in Shanghai so that the Customer receives valid Chinese VAT invoices.

## SCHEDULE 1 - SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | telephone, chat and portal support in Mandarin and English | 24 x 7 |
| Endpoint management | patching, antivirus, software distribution, asset records | business days |
| Server monitoring | availability, capacity and backup monitoring of 38 servers | 24 x 7 |
| Field support | on-site support at both Wenzhou factories | Mon-Sat 08:00-18:00 |
| Backup checks | daily backup job review and a quarterly test restore for each server | business days |
| Reporting | monthly service report and quarterly service review | monthly / quarterly |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution | Credit per miss |
|---|---|---|---|---|
| Priority 1 | a factory line office or all email unavailable | 15 minutes | 3 hours | CNY 2,000 |
| Priority 2 | a group of users or one server affected | 1 hour | 8 hours | CNY 500 |
| Priority 3 | a single user affected | 2 hours | 2 business days | CNY 100 |

## SCHEDULE 3 - CHARGES

| Charge | Calculation | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed price | 54,000 |
| Monthly charge | CNY 46,500 x 24 months | 1,116,000 |
| Exit assistance | CNY 1,800 per engineer day, if ordered | - |
| **Total Contract Value** | | **1,170,000** |

For the Customer: ____________________ Name / Title / Date

For the Provider: ____________________ Name / Title / Date
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDM-API-2026-031

THIS AGREEMENT is made between:

Qingdao Haitong International Freight Forwarding Co., Ltd., 18 Xianggang Middle Road, Shinan District, Qingdao, Shandong, China ("Customer"); and

Caribe Datos Maritimos S.A., Edificio Lonja del Comercio, Plaza de San Francisco, Old Havana, Havana, Cuba ("Provider").

BACKGROUND

The Customer books ocean freight for exporters in Shandong and tracks containers and vessels for its clients. The Provider collects vessel-position, port-call and schedule data for ports in the Americas and the Caribbean and makes it available through a web API. The Customer wishes to subscribe to that API and display the data in its own shipment-tracking portal. At the Customer's request, all fees are stated and paid in CNY.

1. DEFINITIONS

1.1 "API" means the Provider's MarTrack REST API, its documentation and the sandbox environment.

1.2 "Provider Data" means the vessel, port-call and schedule data delivered through the API.

1.3 "Customer Data" means the shipment references, container numbers, client names and query logs that the Customer sends to or stores in the API.

1.4 "Subscription Year" means the period from 1 July 2026 to 30 June 2027 (Subscription Year 1) and from 1 July 2027 to 30 June 2028 (Subscription Year 2), and each renewal period under clause 9.

1.5 "Custom Feeds" means the port-code mappings, carrier-name mappings and the webhook feed configured by the Provider specifically for the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term of two Subscription Years, a non-exclusive right to call the API up to 3,000,000 times per Subscription Year and to display Provider Data to the Customer's own clients in its tracking portal and in shipment notices.

2.2 The Customer shall not resell Provider Data as a data product or make it available in bulk to third parties.

2.3 The Customer may use the sandbox environment without limit for development and testing. The Provider shall give the Customer at least 90 days' notice before removing an API version, and shall keep the previous version available during that period.

2.4 The Provider shall keep Provider Data accurate to the standards in the API documentation, correct reported errors within 5 business days, and publish a list of covered ports and carriers, updated each month.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 186,000 per Subscription Year. The total subscription fee for the Subscription Term is CNY 372,000, which is the Total Contract Value. Setting up the Custom Feeds is included.

3.2 The fee is invoiced quarterly in advance at CNY 46,500 per quarter. The first invoice is issued on the date of Access Acceptance. No payment is due before then.

3.3 Calls above the annual allowance are charged at CNY 0.03 per call, invoiced quarterly in arrears.

3.4 Invoices are payable within 30 days of receipt. The Provider shall issue invoices through its agent in Qingdao so that the Customer receives valid Chinese VAT invoices; any withholding tax required by Chinese law is deducted from payments and the Provider receives the tax certificates.

3.5 The Provider shall send a monthly usage report showing calls per day, errors and the remaining annual allowance, and shall warn the Customer when usage reaches 80 per cent of the allowance.

4. ACCESS AND ACCEPTANCE

4.1 The Provider shall deliver production API keys, the Custom Feeds and the webhook configuration by 1 July 2026.

4.2 Access Acceptance occurs when the Customer confirms in writing that: (a) the production keys work from the Customer's servers in Qingdao; (b) a test set of 200 vessels returns positions no older than 30 minutes for at least 95 per cent of the vessels at sea; (c) port-call events for 40 named ports are delivered through the webhook; and (d) the port-code and carrier mappings match the Customer's reference tables.

4.3 If Access Acceptance is delayed beyond 1 July 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 250 for each day of delay, and the Subscription Term is extended accordingly at no charge.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95 per cent of each calendar month, measured at the Provider's gateway and excluding maintenance announced 72 hours in advance.

5.2 The Provider shall respond to a Priority 1 incident (the API or the webhook feed is unavailable or returns no data) within 8 hours of the Customer's report, and to a Priority 2 incident (data for a port or carrier is missing or late) within 2 business days.

5.3 For each 0.1 percentage point by which monthly availability falls short, the Customer receives a credit of 5 per cent of the quarterly fee, set off against the next invoice. Each missed Priority 1 response time earns a credit of CNY 800.

5.4 The Provider shall publish the status of the API on a status page, report each Priority 1 incident to the Customer's named contacts by e-mail, and send a written incident report with the cause and corrective actions within 5 business days after service is restored.

5.5 The Customer reports incidents through the Provider's support portal or by telephone in Spanish, English or Mandarin. Support for Priority 2 and lower incidents is provided on Provider business days.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to operate the API for the Customer and shall not analyse, share or sell it for any other purpose.

6.2 Customer Data is transmitted only over TLS, stored encrypted, and kept no longer than 90 days. Access by the Provider's staff is limited to named support engineers and logged. The Provider shall apply security patches promptly and keep an annual independent security assessment available to the Customer.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take the steps needed to contain it, and compensate the Customer for losses caused by its breach of this clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the non-public information it receives from the other, including prices, client names and technical documentation, and use it only under this Agreement. This duty continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API and Provider Data and licenses their use under clause 2.

8.2 The Custom Feeds belong to the Customer, which may use, modify and license them freely, including with other data providers.

9. TERM AND RENEWAL

9.1 This Agreement runs for two Subscription Years from 1 July 2026.

9.2 At the end of Subscription Year 2, and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

9.3 For each renewal period, the Provider may increase the subscription fee by up to 9 per cent, at its discretion, by notice to the Customer at least 90 days before the renewal.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the operation or support of the API without the Customer's prior written consent. Data sources and hosting providers in use on the date of this Agreement are listed in Annex 1 and are approved.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the Total Contract Value, except for wilful misconduct, breach of clause 6 and breach of clause 2.2, which are not limited.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If the Customer terminates for the Provider's breach, the Provider refunds the prepaid fee for the period after termination.

12.3 On expiry or termination the Provider shall, at the Customer's choice, return or delete all Customer Data within 30 days and confirm deletion in writing. The Customer may keep Provider Data already shown in shipment records for its own record-keeping, but shall stop calling the API.

12.4 Neither party is liable for delay or failure caused by force majeure, including the loss of satellite or port data sources beyond the Provider's control, provided it notifies the other party promptly. If the API is unavailable for more than 30 days for such reasons, the Customer may terminate and receive a refund of prepaid fees.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Neither party may assign this Agreement without the other's written consent. Notices must be in writing. This Agreement and Annex 1 are the entire agreement of the parties.

14.2 Each party shall comply with the export control and sanctions laws that apply to it. The Provider confirms that it holds the rights needed to license Provider Data to the Customer for use in China.

Signed for the Customer: ____________________ Name / Title / Date

Signed for the Provider: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h514z01_statistics_bureau_data_collection_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h514z02_ceramics_tunnel_kiln_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h514z03_auto_repair_chain_workorder_saas.txt", "zh", "txt", Z03),
    "z04": ("h514z04_notary_office_system_annual_om.txt", "zh", "txt", Z04),
    "z05": ("h514z05_vermicelli_factory_mes_supplier_template.md", "zh", "md", Z05),
    "e01": ("h514e01_cold_chain_wms_licence_mexico_vendor.pdf", "en", "pdf", E01),
    "e02": ("h514e02_supermarket_lms_saas_order_form_puerto_rico.md", "en", "md", E02),
    "e03": ("h514e03_cold_store_sensors_honduras_supplier.docx", "en", "docx", E03),
    "e04": ("h514e04_footwear_managed_it_services_nicaragua.md", "en", "md", E04),
    "e05": ("h514e05_freight_vessel_data_api_cuba.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Base: a compliant goods/licence contract; each design states what differs. 'fee_base' = itemised licence/hardware
# subtotal (TCO only, not a label key).
GOOD = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
            post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
SERVICE = dict(GOOD, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               contract_kind="service")

DESIGN = {
    "z01": dict(category="software", value=1380000, fee_base=780000, capped=True, sla=True, ld=True, deemed=False,
                terms=dict(GOOD, availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                           warranty_months=24, post_warranty_fee_pct=8),
                rules=[]),
    "z02": dict(category="hardware", value=1320000, fee_base=1164000, capped=True, sla=True, ld=True, deemed=False,
                terms=dict(GOOD, ld_rate_per_day_pct=0.03, prepayment_pct=20, warranty_months=18,
                           post_warranty_fee_pct=9, subcontract_without_consent=True),
                rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": dict(category="cloud", value=640000, sla=True, ld=True, deemed=False,
                terms=dict(SERVICE, availability_pct=99.5, ld_rate_per_day_pct=500 / 640000 * 100,
                           liability_cap_pct=150, buyer_owns_data=False, auto_renewal_price_increase=True),
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", value=386000, sla=True, ld=True, deemed=False,
                terms=dict(SERVICE, p1_response_hours=0.25, sla_remedy=False, termination_for_breach=False),
                rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z05": dict(category="software", value=600000, fee_base=372000, capped=True, sla=False, ld=False, deemed=True,
                terms=dict(GOOD, p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=50,
                           acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                           post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                       "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", value=1180000, fee_base=802000, capped=True, sla=True, ld=True, deemed=False,
                terms=dict(GOOD, p1_response_hours=1, liability_cap_pct=150, prepayment_pct=20, warranty_months=18,
                           post_warranty_fee_pct=11, governing_law="Mexico"),
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", value=470000, sla=True, ld=True, deemed=False,
                terms=dict(SERVICE, availability_pct=99.95, data_security_clause=False,
                           ld_rate_per_day_pct=300 / 470000 * 100, liability_cap_pct=6 / 24 * 100),
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e03": dict(category="hardware", value=730000, fee_base=647200, capped=True, sla=True, ld=True, deemed=False,
                terms=dict(GOOD, liability_cap_pct=200, warranty_months=24, post_warranty_fee_pct=7),
                rules=[]),
    "e04": dict(category="services", value=1170000, sla=True, ld=True, deemed=False,
                terms=dict(SERVICE, p1_response_hours=0.25, confidentiality=False,
                           ld_rate_per_day_pct=1000 / 1170000 * 100, liability_cap_pct=150,
                           subcontract_without_consent=True),
                rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "e05": dict(category="cloud", value=372000, sla=True, ld=True, deemed=False,
                terms=dict(SERVICE, availability_pct=99.95, p1_response_hours=8,
                           ld_rate_per_day_pct=250 / 372000 * 100, liability_cap_pct=200,
                           auto_renewal_price_increase=True),
                rules=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = d["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["fee_base"] * years
    return fees / (d["value"] + fees) * 100


def my_rules(label, d):
    """My own reading of policy.md §3, applied to a label (not project code)."""
    t, x = label["expected_terms"], label["expected_extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def make_label(key):
    name, lang, fmt, _ = FILES[key]
    d = DESIGN[key]
    terms = {k: d["terms"][k] for k in TERM_KEYS}
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    label = {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
             "expected_extra": extra, "expected_rules": []}
    label["expected_rules"] = my_rules(label, d)
    assert label["expected_rules"] == sorted(d["rules"]), (key, label["expected_rules"], d["rules"])
    return label


# ---------------------------------------------------------------- thresholds in the text
NUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NUM + r"99\.9(?!\d)\s*(%|％|per\s*cent|percent)",                      # availability
    NUM + r"4\s*(小时|个小时|h\b|hrs?\b|hours?)", r"(?<![十\d])四\s*个?小时", r"\bfour[\s-]*hours?",
    NUM + r"240\s*(分钟|min)",                                               # P1 response
    NUM + r"0?\.05(?!\d)\s*(%|％|per\s*cent|percent)", r"万分之五(?![十\d])",   # LD
    NUM + r"100\s*(%|％|per\s*cent|percent)", r"百分之百", r"one\s+hundred\s+per\s*cent",  # cap
    NUM + r"30\s*(%|％|per\s*cent|percent)", r"百分之三十", r"三成", r"thirty\s+per\s*cent",  # prepayment
    NUM + r"12\s*(个月|months?)", r"(?<![一二三四五六七八九])十二个月", r"twelve[\s-]*months?", r"(?<![十\d])一年",
    r"\bone[\s-]*years?\b", NUM + r"1\s*years?\b",                              # warranty
    NUM + r"15\s*(%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent",  # post-warranty fee
    NUM + r"40\s*(%|％|per\s*cent|percent)", r"百分之四十", r"四成", r"forty\s+per\s*cent",  # TCO share
    NUM + r"5\s*年", r"(?<![十\d])五年", r"\bfive[\s-]*years?", NUM + r"60\s*(个月|months?)", r"六十个月",  # horizon
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year",
            "1 year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "30 percent"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours",
             "120 months", "2026年", "Subscription Year", "130%", "5%", "0.5%", "3.5年", "35%", "45%", "10.4 hours"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text, where):
    hits = []
    for variant, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("nospace", re.sub(r"\s+", "", text))):
        for m in THRESHOLD_RE.finditer(t):
            hits.append("%s [%s]: %r in ...%s..." % (where, variant, m.group(0), t[max(0, m.start() - 20):m.end() + 20]))
    return hits


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s+", "", text)), len(text)
    return len(text.split()), None


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    problems, covered = [], set()
    for k, (name, lang, fmt, src) in FILES.items():
        label = make_label(k)
        covered.update(label["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        problems += scan(text, name) + scan(src, k + " source")
        n, total = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi and (total is None or lo <= total <= hi)
        if not ok:
            problems.append("%s length %s (all chars %s) outside %d-%d" % (name, n, total, lo, hi))
        s = tco_share(DESIGN[k])
        if s is not None and abs(s - 40) <= 2:
            problems.append("%s TCO share %.2f within 2 points of 40" % (name, s))
        print("%-58s %s %5s %5s %-6s tco=%s %s" % (name, lang, n, total if total else "", risk(label["expected_rules"]),
                                                   "-" if s is None else "%.1f" % s,
                                                   ", ".join(label["expected_rules"]) or "(none)"))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
