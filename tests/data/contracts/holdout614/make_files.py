"""holdout614: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold value or figure, rules derived from labels = design, coverage).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:滨江市人民防空办公室人防工程综合监测平台采购合同
P:合同编号：BJRF-ZC-2027-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市人民防空办公室
P:乙方（供应商）：杭州安澜智控科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，就人防工程综合监测平台的软件许可、定制开发及实施事宜订立本合同，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供人防工程综合监测平台软件（V5.0）的永久使用许可，覆盖全市186处人防工程、不少于3,000个监测点位，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括：防护密闭门及防爆波活门状态监测模块、工程内温湿度与有害气体预警模块、战时通风系统联动模块、平战转换任务管理模块，以及与市应急指挥平台、城市运行管理服务平台的数据接口。
P:1.3 乙方负责现场传感终端的接入调试、系统部署、历史台账数据导入及培训，具体以招标文件技术需求书及本合同附件一为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零伍万元整（¥2,050,000.00），包括：平台软件许可费1,180,000元；定制开发费620,000元；接入调试及部署实施费214,000元；培训费36,000元。
P:2.2 上述价款为含税固定总价，已包括乙方完成本合同全部工作所需的人工、差旅、软件、税费等一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成软件部署、定制模块开发及全部监测点位接入，并提交初步验收申请。
P:4.2 乙方应派驻项目经理一名及实施工程师不少于四名，项目经理未经甲方同意不得更换。
P:4.3 乙方进入人防工程现场作业，应遵守甲方的工程管理及出入登记制度，并承担其人员的安全责任。
P:4.4 乙方应为甲方及各区人防部门值班人员提供不少于三期集中培训及上机实操，培训教材、操作手册和应急处置指引应在初步验收前交付。培训结束后由甲方组织考核，考核不合格的人员由乙方免费补训。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列功能逐项测试通过；（二）全部监测点位在线率不低于98%，数据采集周期不超过60秒；（三）防护门状态及有害气体超限告警在10秒内推送至值班终端；（四）与市应急指挥平台接口联调通过；（五）具备资质的第三方机构出具的安全测评报告无高危问题。
P:5.2 初步验收合格后系统进入试运行期，试运行期为九十日。试运行期内未发生一级故障，且甲方组织的平战转换演练中各模块运行正常的，乙方可申请最终验收。最终验收由甲方组织专家按本条标准及附件一逐项评定并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、现场及远程技术支持。
P:6.2 质保期内平台月可用率不低于99.99%（计划内维护且经甲方同意的时间除外）。
P:6.3 故障分级及响应：一级故障（平台整体不可用、告警功能失效或数据无法采集）应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障应在2小时内响应、24小时内解决；三级故障应在下一工作日内处理。
P:6.4 乙方一级故障响应或恢复每超时1小时，向甲方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，向甲方支付2,000元。上述款项可从履约保证金或应付款项中直接扣除。
P:6.5 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即不超过106,200元/年），该标准在质保期满后三年内不上调。维护合同按年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的模块、接口程序、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时全部移交。甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证其提供的软件及成果不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 人防工程位置、结构、设备状态及监测数据等全部业务数据归甲方所有。乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存、复制或向境外传输。
P:8.2 乙方应按网络安全等级保护第三级要求部署系统，落实访问控制、操作审计、数据加密传输与存储；远程维护须经甲方审批并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应立即采取处置措施并在1小时内报告甲方，因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的人防工程信息及甲方工作秘密负有保密义务，应与参与人员签订保密承诺书，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除。涉及国家秘密的，按国家保密法律法规执行。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应负责整改并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包与转让
P:乙方不得将本合同项下的任何工作转包或分包给第三方，亦不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）严重违约且在甲方书面通知后十五日内未予纠正；（二）逾期超过第十条约定期限；（三）违反第八条、第九条约定。
P:12.2 合同解除后，乙方应退还已收款项中未履约部分，并移交已完成的成果及全部数据。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同附件（技术需求书、投标报价明细、实施方案）与本合同具有同等效力；招标文件、投标文件及澄清承诺与本合同约定不一致的，以对甲方更有利的约定为准。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市人民防空办公室　　乙方（盖章）：杭州安澜智控科技有限公司
P:签订日期：2027年3月　日
"""

Z02 = r"""
T:酸洗机组电气控制系统改造及维保合同
P:合同编号：LZ-LGC-2027-0412
P:甲方（买方）：鄂东钢铁股份有限公司冷轧厂
P:乙方（卖方）：武汉恒拓工业自动化有限公司
P:鉴于甲方拟对1号推拉式酸洗机组的基础自动化及过程控制系统进行整体改造，乙方具备相应的设计、供货及调试能力，双方经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责1号酸洗机组电气控制系统改造的设计、设备及软件供货、安装、调试、投运及培训，范围包括开卷、焊接、酸洗、漂洗、烘干、切边及卷取各工段。
P:1.2 改造后系统应实现全线速度主令及张力闭环控制、酸液浓度与温度自动调节、带钢跟踪及二级过程控制模型，并与甲方MES系统、能源管理系统实现数据交互。
P:1.3 设备及软件明细、数量和价格见下表，技术参数以附件一《技术协议》为准。
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（冗余CPU、远程I/O站、机柜）|1套|1,386,000
TB:2|传动变频装置及整流回馈单元|1套|964,000
TB:3|HMI/SCADA监控软件许可（服务器及12个操作站）|1套|312,000
TB:4|工业以太网交换机及光纤环网设备|1批|148,000
TB:5|二级过程控制系统软件（带钢跟踪、酸液模型）|1套|426,000
TB:|设备及软件小计||3,236,000
TB:6|安装、调试及停机改造实施|1项|398,000
TB:7|操作及维护人员培训|1项|46,000
TB:|合同总价||3,680,000
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾捌万元整（¥3,680,000.00），含13%增值税，包括设备、软件、运输、保险、安装、调试、培训及技术服务等全部费用。
P:2.2 合同总价为固定价格，合同履行期间不因原材料或人工价格波动而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方开箱检验数量、外观无误后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 剩余合同总价的5%作为质量保证金，质保期满且无未决质量问题后支付。
H:第四条 交货与改造工期
P:4.1 乙方应于合同生效后一百二十日内将全部设备运抵甲方冷轧厂指定地点。
P:4.2 改造须利用甲方安排的停机窗口实施，停机窗口为十八日。乙方应在停机窗口内完成拆除、安装、单体调试和联动调试，并保证机组按期恢复生产。
P:4.3 乙方应提前编制停机改造方案和应急回退方案，经甲方审核后实施。停机改造期间乙方应实行两班连续作业，每日向甲方生产部报告进度，发现影响工期的问题应立即报告并提出补救措施。
H:第五条 验收
P:5.1 热负荷试车连续运行七十二小时无停机，且达到以下指标后进行最终验收：（一）最高工艺速度达到每分钟220米；（二）张力控制偏差不超过设定值的正负2%；（三）酸液浓度自动控制偏差不超过每升3克；（四）带钢跟踪准确，与MES数据交互正常；（五）连续三十日生产中未发生由控制系统引起的停机。
P:5.2 最终验收由甲方组织生产、设备、技术部门按上述标准共同进行，并签署书面验收报告。
P:5.3 设备投运或甲方生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改完毕并重新组织验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:6.2 乙方保证所供设备为全新原厂产品，软件为正版授权，且符合国家及行业相关标准。
H:第七条 维保服务
P:7.1 故障响应：一级故障（造成机组停机或全线降速）乙方应在15分钟内远程响应，2小时内派工程师到达现场，8小时内恢复生产；二级故障应在1小时内响应，24小时内处理完毕。
P:7.2 乙方一级故障到场或恢复时间每超时1小时，向甲方支付违约金1,500元，可从质量保证金中扣除。
P:7.3 质保期满后，乙方提供维保服务，年度维保费为设备及软件小计的7%，即226,520元/年，质保期满后三年内不上调。维保合同按年签订，不自动续期。
P:7.4 乙方应保证质保期满后不少于八年的备品备件供应，备件价格不高于本合同单价。质保期内乙方应每季度进行一次预防性巡检并提交巡检报告。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、二级模型参数及其源程序、接口程序的知识产权归甲方所有，乙方应在最终验收时移交完整源程序及注释文档，甲方有权自行修改和使用。
P:8.2 第三方标准软件及乙方既有软件产品的知识产权归原权利人所有，甲方享有永久使用许可。
H:第九条 数据安全与保密
P:9.1 生产工艺参数、质量数据、设备运行数据等均属于甲方所有，乙方仅可为履行本合同使用，不得留存或向第三方提供。
P:9.2 乙方应按工业控制系统信息安全防护要求实施，远程维护须经甲方批准并在甲方监护下通过专用通道进行；发生安全事件的，乙方应在2小时内报告，并承担因其原因造成的损失。
P:9.3 双方对履行本合同中知悉的对方商业秘密和技术秘密负有保密义务，保密期限至该等信息公开之日止。
H:第十条 分包
P:乙方可将电缆敷设、桥架安装及土建配合等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一周（不足一周按一周计），按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致停机窗口延长的，乙方除支付前款违约金外，还应赔偿甲方因停产造成的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 现场管理与技术资料
P:12.1 乙方人员进入甲方厂区应遵守甲方安全生产、危险化学品管理及动火作业审批制度，酸洗区域作业应佩戴防酸护具。乙方应为现场人员办理意外伤害保险，因乙方违章作业造成的人身伤害和财产损失由乙方承担。
P:12.2 乙方应在最终验收前向甲方提交竣工图纸、电气原理图、I/O清单、设备说明书、软件备份介质、操作及维护手册等全套技术资料，纸质版三套、电子版一套，资料不全的不予组织最终验收。
P:12.3 改造拆除的旧设备归甲方所有，由乙方按甲方指定地点分类堆放，不得擅自处置。
P:12.4 乙方应在改造前对原系统程序、参数进行完整备份，并在改造后保留原系统关键备件不少于六个月，以备应急回退使用；回退演练方案应经甲方设备部审核。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交黄石仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执二份，经双方法定代表人或授权代表签字并加盖公章后生效。附件一《技术协议》、附件二《停机改造方案》为本合同组成部分。
P:甲方：鄂东钢铁股份有限公司冷轧厂（盖章）　　乙方：武汉恒拓工业自动化有限公司（盖章）
"""

Z03 = r"""连锁中医馆预约挂号及处方管理云服务合同

合同编号：YZT-SAAS-2027-065
甲方（采购方）：广州岐芝堂中医连锁管理有限公司
乙方（服务方）：深圳云杏信息技术有限公司

甲方拟为其旗下65家中医馆统一部署预约挂号、诊间处方及中药房管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方65家门店提供“云杏中医馆管理平台”的订阅服务，包括预约挂号、医生排班、电子病历、中医处方（含协定方、经方库）、中药饮片及颗粒剂库存、代煎配送跟踪、会员及随访管理、经营报表等模块。
2. 每家门店不限医生及前台账号数，甲方总部可查看全部门店数据。
（二）实施服务
1. 乙方负责平台参数配置、65家门店上线、历史会员及处方数据迁移、药品目录及协定方导入。
2. 乙方负责与甲方现有财务系统、医保结算前置机及代煎中心系统的接口对接。
3. 乙方负责对店长、医生、药房及前台人员进行分批培训，并提供操作手册和视频教程。

二、服务期限
（一）订阅服务期为两个服务年度，自全部门店上线验收合格之日起算，每个服务年度自起算日起至次年对应日前一日止。
（二）自动续期：服务期届满前三十日，任何一方未以书面形式提出不续约的，本合同自动续期一个服务年度，此后亦同。续期服务费由乙方根据市场及成本情况确定，上调幅度不超过上一服务年度服务费的8%，乙方应于续期前以系统公告方式通知甲方。

三、费用及支付
（一）费用构成
1. 订阅服务费：每店每服务年度6,800元，65家门店每服务年度合计442,000元，两个服务年度合计884,000元。
2. 实施服务费：156,000元（含数据迁移及接口对接）。
3. 培训费：28,000元。
4. 合同总价：人民币1,068,000元（含6%增值税）。
（二）支付方式
1. 实施服务费和培训费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 订阅服务费按季度结算，每季度结束后十五个工作日内，甲方根据当季服务水平考核结果支付当季服务费110,500元（扣除应抵扣的服务费后支付）。
3. 本合同不设预付款，甲方在上线验收前无需支付任何款项。

四、上线与验收
（一）乙方应在合同签订后六十日内完成首批10家门店试点上线，一百二十日内完成全部门店上线。
（二）验收标准：
1. 合同约定功能模块逐项测试通过；
2. 历史会员及处方数据迁移完整，抽样核对差错率不高于千分之一；
3. 医保结算、财务及代煎中心接口连续十日运行无差错；
4. 高峰时段（200个用户并发）挂号及开方操作响应时间不超过2秒；
5. 全部门店连续运行二十日未发生一级故障。
（三）甲方按上述标准组织验收并出具书面验收报告。门店开始使用系统或甲方支付服务费，均不视为验收合格。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在22:00至次日6:00之间并提前三日通知甲方。
（二）故障响应：
1. 一级故障（平台整体无法登录、挂号或开方功能中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般使用问题）：当日响应，三个工作日内解决，并在服务报告中记录处理结果。
4. 门店提出的功能优化需求，由乙方评估后纳入版本计划，每季度向甲方反馈进展。
（三）服务费抵扣：月可用率每低于承诺值0.1个百分点，抵扣当月服务费的5%；一级故障超过恢复时限的，每超时1小时抵扣当月服务费的2%；每月抵扣合计不超过当月服务费。
（四）乙方应每月向甲方提交服务报告，载明可用率、故障及处理情况。

六、数据归属与数据安全
（一）甲方及其门店在平台中产生和上传的患者信息、病历、处方、会员及经营数据均归甲方所有。乙方仅可为提供本合同服务而处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）平台部署于中国境内取得网络安全等级保护第三级备案的云资源，患者个人信息及诊疗数据须加密存储和传输，访问实行最小授权并保留完整操作日志。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担因其原因造成的全部损失及行政处罚。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式完整返还全部数据，并在甲方确认后彻底删除，出具删除证明。

六之一、双方义务
（一）甲方应指定项目负责人，及时提供门店清单、药品目录、协定方及历史数据，并组织门店人员参加培训。
（二）乙方应指定专职客户成功经理，每月至少巡访两家门店，收集使用问题并提出优化建议；平台功能升级如影响门店操作的，应提前七日通知甲方并提供培训。
（三）乙方应保证平台处方模块符合中医病历书写规范及处方管理相关规定，十八反、十九畏及超剂量用药应有系统提示。
（四）服务期内国家医保、卫生健康主管部门发布新的数据接口或报送要求的，乙方应在规定期限内完成适配，不另收费。

七、保密
双方对在合作中知悉的对方商业秘密、患者信息及经营资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

八、知识产权
（一）平台软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方专门开发的接口程序、协定方模板、报表及其文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。

九、分包
乙方不得将本合同服务分包或转包给第三方。平台所使用的云资源服务商为乙方投标文件中列明的服务商，更换云资源服务商须经甲方书面同意。

十、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条、第七条约定的，应赔偿甲方全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同。
（二）连续三个月月可用率低于承诺值的，甲方有权解除合同，并按实际服务期间结算服务费。

十二、适用法律及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
（一）合同终止或期满不续约的，乙方应提供不少于六十日的过渡期服务，协助甲方将数据迁移至新系统，过渡期内平台按原服务水平运行，费用按原标准按日折算。
（二）本合同附件包括：服务功能清单、门店清单、接口规范、服务水平考核表。附件与正文具有同等效力。
（三）甲方在服务期内新开门店的，可按每店每服务年度6,800元的单价增购订阅，费用按剩余服务期按月折算，新增门店的服务水平及数据条款与本合同一致。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州岐芝堂中医连锁管理有限公司
乙方（盖章）：深圳云杏信息技术有限公司
"""

Z04 = r"""公务用车管理平台年度运维服务合同

项目编号：YZJG-2027-YW-08
甲方：云州市机关事务管理局
乙方：云州数通信息技术有限公司

根据《中华人民共和国民法典》及云州市公务用车管理平台运维服务项目采购结果，甲乙双方就该平台2027年度运维服务事项协商一致，订立本合同。

第一条 服务范围
（一）运维对象：云州市公务用车管理平台（含用车申请、审批、派车调度、车辆定位监控、费用结算、统计分析等子系统），平台服务器及数据库，全市1,126辆公务用车所装北斗车载终端的数据接入，以及市直机关各单位使用的管理端和驾驶员移动端。
（二）服务内容：
1. 驻场运维：乙方派驻两名运维工程师在甲方办公，负责日常值守、用户支持、系统巡检、数据核对和问题处理；
2. 平台软件维护：缺陷修复、适应性修改、操作系统及中间件补丁更新、数据库维护和性能优化；
3. 车载终端数据运维：终端在线状态监测、离线车辆排查、协助终端厂商进行故障处理；
4. 巡检及备件：每月一次全面巡检，更换甲方机房内平台服务器的故障硬盘、电源等易损件；
5. 配合甲方完成年度网络安全等级保护测评、公车改革检查及各类数据报送。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后如需继续合作，双方另行按规定采购并签订合同，本合同不自动续期。

第三条 合同价款
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000.00），其中：驻场运维费336,000元（两人，每人168,000元），平台软件维护费172,000元，巡检及备件费78,000元。
（二）上述价款为包干价，包括人员工资、社保、差旅、备件、税费等全部费用。

第四条 付款方式
（一）本合同不设预付款。
（二）运维费按季度支付，每季度服务费为146,500元。每季度结束后，甲方根据第七条考核结果在十五个工作日内支付当季服务费，考核扣款在当季服务费中直接扣减。
（三）乙方应在每次付款前开具合法有效的发票。甲方按财政资金支付程序付款，因财政审批原因造成的合理延迟不视为甲方违约。

第五条 服务启动与交接
（一）乙方应于2027年1月1日前完成与原运维单位的交接，包括系统账号、运维文档、未结工单和备件清单的清点确认。
（二）交接验收标准：平台各子系统运行正常；全部管理员账号已重置并由甲方掌握；运维手册、应急预案已按甲方模板更新；乙方人员已通过甲方组织的业务培训和考试。甲方按上述标准出具交接验收单。
（三）乙方未按期完成交接的，每逾期一日，按合同总价的千分之二向甲方支付违约金。

第六条 服务水平
（一）工作时间为工作日8:30至18:00，驻场人员应全程在岗；非工作时间实行电话值班，双休日及节假日用车高峰期应安排现场值守。
（二）故障分级及响应时限：
1. 一级故障（平台无法登录、派车审批或定位监控中断）：15分钟内响应，1小时内到达现场，3小时内恢复；
2. 二级故障（部分功能或部分单位无法使用）：30分钟内响应，8小时内恢复；
3. 三级故障（个别用户使用问题、报表错误等）：2小时内响应，两个工作日内解决。
（三）车载终端离线超过24小时的，乙方应在次日内完成原因排查并通知车辆使用单位。
（四）乙方每月5日前提交上月运维报告，内容包括工单统计、故障处理、巡检结论和优化建议。
（五）重大会议、重要活动及防汛救灾等用车保障期间，乙方应按甲方通知安排专人现场值守，确保派车调度和车辆定位监控不中断。
（六）乙方应每半年组织一次平台故障应急演练，演练方案和总结报甲方备案，演练发现的问题应在十五日内整改完毕。

第七条 考核与扣款
（一）甲方按季度对乙方服务进行考核，考核内容包括故障响应及恢复时效、巡检完成率、用户满意度、运维报告质量。
（二）一级故障响应或恢复每超时1小时，扣款1,000元；二级故障每超时1小时，扣款300元；驻场人员无故缺岗每人每日扣款500元；月度巡检未完成的，每次扣款2,000元。
（三）季度考核得分低于80分的，乙方应提交整改方案，并扣减当季服务费的5%。
（四）服务期满前，甲方组织年度验收，按本合同约定的服务内容和考核记录逐项确认，出具书面验收意见。

第八条 数据安全
（一）平台中的车辆信息、行车轨迹、驾驶员及用车人信息、审批和费用数据均属甲方所有，乙方仅可为履行运维职责访问，不得擅自复制、导出、传输或用于其他用途。
（二）乙方运维操作须通过甲方堡垒机进行并全程审计，禁止使用个人设备连接平台服务器；数据库导出、批量修改须经甲方书面审批。
（三）乙方应按网络安全等级保护第三级要求开展日常安全运维，及时修补漏洞，每季度开展一次安全检查。
（四）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应立即处置并在1小时内报告甲方，因乙方原因造成的损失由乙方承担赔偿责任，并依法承担相应法律责任。

第九条 人员管理
（一）乙方驻场人员应具备相关专业资质和不少于三年的同类运维经验，名单及资质证明报甲方备案。
（二）乙方更换驻场人员须提前十日书面报甲方同意，并完成不少于五个工作日的交接。
（三）甲方认为驻场人员不能胜任的，有权要求乙方在七日内更换。
（四）乙方驻场人员应遵守甲方的考勤、安全和廉政管理规定，不得接受各用车单位的宴请和礼品，不得以任何方式干预派车审批结果。

第十条 知识产权
平台软件原有知识产权状况不因本合同而改变。乙方在运维服务中形成的运维文档、脚本、配置记录、报表模板及适应性修改的程序代码，其知识产权归甲方所有。

第十一条 分包
乙方不得将本合同项下的运维服务转包或分包。

第十二条 违约责任
（一）乙方违反第八条约定的，甲方有权要求乙方赔偿全部损失。
（二）乙方的服务未达到合同约定的，除按第七条扣款外，应在甲方要求的期限内整改。
（三）甲方未按约定付款的，应按逾期金额每日万分之二支付违约金。

第十三条 合同的履行
本合同履行期间，除因不可抗力致使合同目的无法实现外，任何一方不得单方解除合同。乙方出现违约情形的，甲方可按本合同约定扣款或要求赔偿，并督促乙方限期整改，乙方应继续履行本合同。

第十四条 服务终止与移交
服务期满时，乙方应向甲方或甲方指定的后续运维单位完整移交账号、文档、工单记录及备件，移交期不少于十五日，移交期内乙方人员应配合完成知识转移，并对后续运维单位提出的问题给予解答。移交完成后，乙方应删除其掌握的平台账号和远程访问权限，由甲方确认。

第十五条 争议解决
本合同适用中华人民共和国法律。履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同附件包括：运维服务清单、平台资产清单、考核评分表、应急预案。附件与正文具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。

甲方（盖章）：云州市机关事务管理局
乙方（盖章）：云州数通信息技术有限公司
签订日期：2026年12月　日
"""

Z05 = r"""# 蜂链溯源云平台软件许可及定制开发合同

（蜂链数智标准合同文本 V3.0）

合同编号：FL-HT-2027-0219

甲方：湖北神农蜂业食品有限公司

乙方：杭州蜂链数智科技有限公司

甲方因蜂产品质量追溯管理需要，向乙方采购“蜂链溯源云平台”软件许可及定制开发服务。双方在平等自愿的基础上，依据《中华人民共和国民法典》等法律法规，订立本合同。

## 第一条 合同内容

1.1 乙方向甲方提供蜂链溯源云平台（企业版）软件许可，许可期限为永久，许可范围为甲方及其下属3个生产基地、42个合作蜂场。

1.2 乙方根据甲方需求进行定制开发，内容包括：蜂场档案及蜂群管理、摇蜜采收批次记录、原料蜜入厂检验（含农残、抗生素、水分、果糖葡萄糖比值等检测报告自动接入）、灌装生产批次关联、包装线一物一码赋码及关联、消费者扫码溯源页面、经销商扫码出入库。

1.3 乙方负责平台部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的《需求规格说明书》为准。需求规格说明书经甲方签字确认后，甲方提出的新增或变更需求，乙方有权另行评估工作量并收取费用，交付期限相应顺延。

1.5 本合同所称“上线”，是指乙方完成平台部署并向甲方开通系统管理员账号。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 蜂链溯源云平台软件许可（企业版，永久） | 760,000 |
| 2 | 定制开发（蜂场、采收、检验、赋码、扫码溯源模块） | 168,000 |
| 3 | 部署实施及培训 | 52,000 |
| | 合同总价 | 980,000 |

2.1 合同总价为人民币玖拾捌万元整（¥980,000.00），含税。

2.2 赋码设备、扫码枪、服务器等硬件由甲方另行采购，不在本合同范围内。

2.3 合同总价不包括第三方短信、云存储扩容、检测机构接口开通等费用，上述费用如发生由甲方直接向相关方支付。

2.4 乙方收到款项后十个工作日内向甲方开具增值税普通发票；甲方要求开具专用发票的，应提前提供开票资料。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即539,000元。

3.2 系统部署上线后五个工作日内，甲方向乙方支付合同总价的45%，即441,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后一百日内完成平台部署及定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供服务器环境、网络条件、蜂场及产品基础资料，因甲方原因导致交付延误的，交付期限相应顺延。

4.3 甲方应指定专人对接项目，并在乙方提出需求确认、数据核对等事项后三个工作日内予以答复，逾期未答复的视为甲方同意。

4.4 乙方为甲方提供一次集中培训，培训对象为甲方质量、生产及信息化人员，不超过20人，培训地点在甲方所在地。额外培训按乙方标准另行收费。

4.5 甲方应自行负责合作蜂场人员的手机端安装和使用指导，乙方提供操作手册。

## 第五条 验收

5.1 系统部署上线后，甲方开始使用的，即视为验收合格。

5.2 甲方在上线后七日内未以书面形式提出异议的，亦视为验收合格。

## 第六条 免费维护期

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。

6.2 免费维护期内乙方提供远程技术支持及缺陷修复。一级故障（系统无法登录或赋码关联中断）乙方在8小时内响应，二级及以下故障在两个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但对系统中断、响应超时不承担任何扣款、赔偿或违约金责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，年度维护费按软件许可费的25%计收，即190,000元/年，每年度开始前一次性支付。

7.2 甲方未购买维护服务的，乙方不再提供缺陷修复、版本升级及技术支持。

7.3 维护服务内容包括远程技术支持、缺陷修复、版本升级和数据备份检查，现场服务按每人每日3,000元另行收费，差旅费由甲方承担。

7.4 因国家或行业溯源标准变化需要对系统进行修改的，乙方按需求变更另行报价。

## 第八条 知识产权

8.1 平台软件及其升级版本的知识产权归乙方所有。

8.2 本合同项下定制开发的功能模块、程序代码、页面设计及相关文档的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用，乙方不提供源代码。

8.3 乙方有权将定制开发成果用于其他客户项目。

## 第九条 数据

9.1 甲方录入平台的蜂场、采收、检验、生产及销售数据归甲方所有。

9.2 乙方有权对平台数据进行脱敏处理后，将蜂场分布、采收量、检测结果等统计信息用于行业分析、产品改进，并可向合作机构提供行业统计报告。

9.3 乙方采取访问控制、数据加密、定期备份等安全措施保护平台数据安全。发生数据泄露或丢失的，乙方应在24小时内通知甲方，并对因乙方过错造成的直接损失承担赔偿责任。

9.4 甲方应妥善保管系统管理员账号及密码，因甲方账号管理不善导致的数据泄露由甲方自行承担责任。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。依法律法规或监管要求披露的，不视为违反本条约定。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.3 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

12.3 合同解除或终止后，甲方可在三十日内自行导出平台数据，逾期乙方有权删除相关数据。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。因电信运营商网络故障、第三方云服务中断、黑客攻击等非乙方所能控制的原因导致平台无法使用的，乙方不承担责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官网公布的《蜂链溯源云平台服务条款》为准。

15.3 甲方同意乙方在其宣传材料、官网及案例介绍中使用甲方名称、商标及项目情况。

15.4 本合同附件：《需求规格说明书》《平台功能清单》。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：湖北神农蜂业食品有限公司

乙方（盖章）：杭州蜂链数智科技有限公司
"""

E01 = r"""
T:Software Licence and Implementation Agreement - Warehouse Management System
P:Agreement No. SVC-CN-2027-031
P:This Agreement is made between Wuhan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer"), and Savacode d.o.o., a limited liability company registered in Belgrade, Republic of Serbia (the "Vendor"). The Customer and the Vendor are each a "Party".
P:Background: the Customer operates six temperature-controlled warehouses in Hubei and Hunan and wishes to replace its current warehouse system with the Vendor's SavaWMS product, configured for cold-chain operations and integrated with the Customer's transport and finance systems.
H:Article 1 Definitions
P:1.1 "Software" means the SavaWMS warehouse management software, version 8, in object code, with its standard modules for receiving, put-away, slotting, temperature-zone control, picking, cross-docking, cycle counting, shipping and billing, and its documentation.
P:1.2 "Custom Deliverables" means all configurations, interface programs, reports, label templates, scripts and documents that the Vendor prepares specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the start of live operation of the Software in a warehouse; "Final Acceptance" has the meaning given in Article 5.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Software in the course of the Customer's business, including stock records, temperature logs, customer orders and personal information of drivers and staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business and that of its affiliates in mainland China, for up to 400 named users and six warehouse sites.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The licence survives any termination of the support services.
P:2.3 Title to the Software remains with the Vendor. The Customer shall not decompile the Software except to the extent permitted by applicable law.
H:Article 3 Services and Timetable
P:3.1 The Vendor shall carry out the implementation services described in Annex 1: requirements workshops, configuration of the six warehouses, migration of item masters and open stock, the interfaces to the Customer's transport management system, finance system and temperature-monitoring platform, user training and Go-Live support.
P:3.2 The target dates are: design sign-off within 45 days after signature; Go-Live of the pilot warehouse within 120 days; Go-Live of all warehouses within 200 days.
P:3.3 The Vendor shall appoint a project manager and keep the named key staff for the duration of the project unless the Customer agrees to a replacement.
P:3.4 Implementation work shall be performed on the Customer's premises or through remote access approved by the Customer under Article 9.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 2,000,000, consisting of: Software licence fee CNY 1,320,000; implementation services CNY 486,000; interfaces CNY 158,000; training CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 20 days after signature and receipt of a valid invoice; (b) 45% after Go-Live of all warehouses; (c) 35% after Final Acceptance.
P:4.3 Payments are made in CNY by bank transfer. Any withholding tax required by PRC law is deducted from the payment and the Customer shall provide the tax certificates.
H:Article 5 Acceptance
P:5.1 Before Go-Live of each warehouse the Parties shall run the user acceptance tests agreed in the test plan, covering every business process listed in Annex 1.
P:5.2 Final Acceptance takes place when all of the following are met: (a) all acceptance test cases are passed without open Severity 1 or Severity 2 defects; (b) stock migrated from the old system reconciles to the physical count with no unexplained difference; (c) every interface has run for 20 consecutive working days without a failed message that was not automatically recovered; (d) the system handles 3,000 order lines per hour with screen response below two seconds; and (e) all warehouses have operated for 45 days after the last Go-Live without a Severity 1 incident.
P:5.3 The Customer shall issue a Final Acceptance certificate within ten working days after the criteria are met. Go-Live, live use or payment does not by itself constitute acceptance.
H:Article 6 Delay
P:6.1 If Go-Live of all warehouses is delayed beyond the target date for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.2 If the delay exceeds 90 days, the Customer may in addition terminate this Agreement under Article 12.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide support, updates and new releases free of charge.
P:7.2 Severity 1 means the system is down or a warehouse cannot receive or ship goods. The Vendor shall respond to a Severity 1 incident within one hour, work on it continuously and restore operation within eight hours. Severity 2 incidents shall be answered within two hours and fixed within two working days.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay a service credit of CNY 1,000, deducted from the next payment or, after the last payment, paid on demand.
P:7.4 After the Warranty Period the Customer may order annual support, which includes the services in Article 7.1 and 7.2. The annual support fee is 11% of the Software licence fee (CNY 145,200 per year) and will not increase during the first three years after the Warranty Period. Support renews each year at the same fee unless the Customer gives 60 days' notice that it will not renew.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software and its pre-existing tools.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party service providers.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and only on the Customer's instructions; it shall not use it for any other purpose.
P:9.2 The Software is installed in the Customer's data centre in Wuhan. The Vendor's remote access is allowed only through the Customer's VPN and bastion host, with individual accounts, multi-factor authentication and session recording. The Vendor shall not copy Customer Data outside the Customer's systems or outside mainland China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work. It shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, assist the Customer with its response and bear the losses, remediation costs and fines caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each Party shall keep confidential all non-public information of the other Party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:10.2 These obligations continue for five years after termination, and without limit for trade secrets and personal information.
H:Article 11 Liability
P:11.1 Each Party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to personal injury, fraud, wilful misconduct, breach of Articles 9 and 10, or the indemnity in Article 8.3. Neither Party is liable for indirect loss or loss of profit, except under Article 9.
H:Article 12 Term and Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay under Article 6 exceeds 90 days.
P:12.2 Either Party may terminate if the other becomes insolvent. On termination before Final Acceptance the Vendor shall refund the amounts paid for work not accepted and hand over all Custom Deliverables completed so far.
H:Article 13 Subcontracting and Assignment
P:The Vendor shall not subcontract any part of the services or assign this Agreement without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Serbia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration before the Foreign Trade Court of Arbitration attached to the Chamber of Commerce and Industry of Serbia, seated in Belgrade, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope of Services and Test Plan) and Annex 2 (Price Breakdown and Unit Prices), is the entire agreement of the Parties on its subject. Amendments must be in writing and signed by both Parties.
P:15.2 This Agreement is signed in two originals in English, one for each Party.
P:For the Customer: Wuhan Lengyun Cold Chain Logistics Co., Ltd.    For the Vendor: Savacode d.o.o.
P:Name / Title / Date: ____________________    Name / Title / Date: ____________________
"""

E02 = r"""# LearnBridge Order Form and General Terms

**Order Form No.** BC-OF-2027-0088
**Vendor:** Bistrik Cloud d.o.o., Zmaja od Bosne 7, 71000 Sarajevo, Bosnia and Herzegovina ("Vendor")
**Customer:** Chengdu Jinrui Retail Chain Co., Ltd., Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form (Part A) and the LearnBridge General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Services

Vendor will provide the LearnBridge learning management platform as a hosted subscription service for Customer's store staff, regional managers and head-office employees, with the modules listed in A2: course catalogue, mobile learning, assessments and certificates, learning paths for new hires, compliance training records, reporting dashboards and the content authoring module. Vendor will also provide the one-time onboarding services described in A4.

### A2. Subscription Term and Fees

The Subscription Term is 36 months from the Service Start Date, divided into three Subscription Years. The Service Start Date is the date of Go-Live Acceptance under A4.

| Item | Quantity | Fee per Subscription Year (CNY) | Total for 36 months (CNY) |
| --- | --- | --- | --- |
| LearnBridge platform subscription | 4,200 learners | 268,000 | 804,000 |
| Content authoring module | 25 author seats | 42,000 | 126,000 |
| Onboarding, SSO and HR-system integration | one-time | - | 64,000 |
| **Total Contract Value** | | | **994,000** |

Additional learners above 4,200 are charged at CNY 62 per learner per Subscription Year, pro rata, and are not part of the Total Contract Value.

### A3. Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 77,500 per quarter) and are payable within 30 days of invoice.
2. The onboarding fee of CNY 64,000 is invoiced after Go-Live Acceptance.
3. No amount is payable before the Service Start Date.
4. All fees are stated in CNY and include VAT. Customer may withhold any tax required by PRC law.

### A4. Onboarding and Go-Live Acceptance

1. Vendor will set up the Customer tenant, configure single sign-on with Customer's identity provider, build the nightly interface with Customer's HR system for joiners, movers and leavers, migrate 1,150 existing courses and completion records, and train 25 authors and 12 administrators.
2. Target Go-Live date: 75 days after signature of this Order Form.
3. Go-Live Acceptance occurs when Customer confirms in writing that: (a) the acceptance tests agreed in the onboarding plan are passed; (b) all migrated completion records reconcile with Customer's export; (c) the HR interface has run for ten consecutive days without error; and (d) a pilot of 300 learners in 15 stores has completed without a Priority 1 incident. Use of the platform during the pilot is not acceptance.
4. If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Vendor, Vendor shall pay CNY 800 for each day of delay, up to a total of CNY 50,000.

### A5. Hosting and Approved Provider

The platform for Customer is hosted in the Alibaba Cloud Beijing region in mainland China. Alibaba Cloud is approved by Customer, by signing this Order Form, as Vendor's hosting provider for this Agreement. Customer Data will not be stored or accessed outside mainland China except as Customer agrees in writing.

### A6. Renewal

At the end of the Subscription Term the Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Vendor may increase the fees for any renewal term by up to 7% over the fees of the preceding term by giving Customer written notice at least 90 days before the renewal date.

## Part B - General Terms

### 1. Service Levels

1.1 Vendor will make the platform available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 06:00 Beijing time.

1.2 Support requests are classified by priority. Priority 1 (platform unavailable or no learner can log in): response within 30 minutes, 24 hours a day, with continuous work until service is restored. Priority 2 (a major function unavailable): response within two hours during business hours. Priority 3: response within one business day.

1.3 Vendor will report monthly availability and support statistics to Customer.

1.4 Service credits, fee reductions and other compensation are not offered for failure to meet the service levels. Customer's remedy for a service-level failure is escalation to Vendor's Head of Customer Operations, who will provide a corrective action plan within ten business days.

### 2. Customer Data

2.1 All data that Customer or its users upload to or create in the platform, including learner records, assessment results, course content created by Customer and personal information of employees ("Customer Data"), belongs to Customer.

2.2 Vendor will use Customer Data only to provide the Services under this Agreement and for no other purpose, and will not sell, share or analyse it for its own products.

2.3 On expiry or termination Vendor will return all Customer Data in CSV and SCORM formats within 30 days and will then delete it and confirm deletion in writing.

### 3. Data Security

3.1 Vendor will maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least 180 days.

3.2 Vendor will comply with the PRC Personal Information Protection Law and Data Security Law in processing Customer Data and will support Customer in meeting its own obligations under them.

3.3 Vendor will notify Customer of any security incident affecting Customer Data within 24 hours after discovery, investigate it, and bear the costs and losses caused by any incident resulting from its breach of this section 3.

### 4. Customer Content and Intellectual Property

4.1 Vendor retains all rights in the platform and its standard content library.

4.2 Courses, learning paths, certificates, templates and reports created for or by Customer, including those created by Vendor during onboarding, belong to Customer, which may use, modify and license them freely, also after the Agreement ends.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the Agreement and disclose it only to those who need to know it and are bound by equivalent obligations. This obligation lasts for three years after the Agreement ends.

### 6. Subcontracting

Vendor will not subcontract any part of the Services without Customer's prior written consent, except for the hosting provider approved in A5. Vendor is responsible for the acts and omissions of its hosting provider and any approved subcontractor.

### 7. Limitation of Liability

7.1 Vendor's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the 9 months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.3 The limits in this section do not apply to personal injury, fraud, wilful misconduct or Vendor's breach of section 3.

### 8. Term and Termination

8.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term and any renewal term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

8.3 On termination by Customer for Vendor's breach, Vendor will refund any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing for arbitration under its rules in force at the time. The award is final and binding on both parties.

### 10. Customer Responsibilities and Changes

10.1 Customer will appoint a project lead for onboarding, provide the HR interface specification and test data on time, and make sure that its users keep their log-in credentials secure and use the platform in line with the documentation.

10.2 Vendor may update the platform from time to time, provided that an update does not materially reduce the functions, security or service levels described in the Agreement. Vendor will announce material changes to the user interface at least 30 days in advance and provide updated training material for administrators free of charge.

10.3 Customer may add learners or author seats at any time by a written order at the unit prices in A2. Reductions take effect only at the end of the Subscription Term.

### 11. General

11.1 Notices must be in writing and sent to the addresses on this Order Form.

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 The Agreement is signed in English in two originals. Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly.

**Signed for Vendor:** ____________________ **Signed for Customer:** ____________________
"""

E03 = r"""
T:Purchase Contract for Wireless Condition-Monitoring Sensors and Monitoring Software
P:Contract No. QSC-EQ-2027-0153
P:Buyer: Wuhu Qingshan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Vardar Sensorics DOOEL, Skopje, Republic of North Macedonia (the "Supplier")
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment of its two clinker production lines (kiln drives, raw mills, cement mills, fans and conveyors) and has selected the Supplier after a tender. The Parties therefore agree as follows. This Contract uses the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibroSense monitoring software, including its analytics modules, mobile application and documentation.
P:1.3 "Custom Work" means the equipment models, alarm rules, dashboards, reports and interface programs that the Supplier configures or develops specifically for the Buyer, including their source files.
P:1.4 "Buyer Data" means all measurement data, alarms, equipment records and other data collected or generated by the Equipment and the Software at the Buyer's plant.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software and train the Buyer's staff, as described in Annex 1 (Technical Specification). The prices are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|640|1,450|928,000
TB:2|Wireless surface temperature sensor|120|980|117,600
TB:3|Industrial gateway with 4G backup and mounting kit|32|8,600|275,200
TB:4|VibroSense monitoring software, perpetual licence for 800 measuring points|1|486,000|486,000
TB:|Equipment and Software subtotal|||1,806,800
TB:5|Installation, configuration and commissioning|1 lot|214,600|214,600
TB:6|Training of operators and maintenance engineers|1 lot|31,600|31,600
TB:|Contract Price|||2,053,000
P:2.2 The Contract Price of CNY 2,053,000 is fixed, includes VAT, delivery DDP to the Buyer's plant, import duties, insurance and all other costs, and is not subject to adjustment.
P:2.3 The licence to the Software is perpetual, non-exclusive and irrevocable, for use by the Buyer at its plant in Wuhu. It includes the right to install the Software on a standby server and to copy it for backup.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price as an advance within 15 working days after signature, against the Supplier's invoice and an on-demand bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price after all Equipment has been delivered and installed and the Software is installed, as confirmed by an installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is due within 30 days after receipt of a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 90 days after signature and complete installation within 40 days after delivery. Installation work on running equipment shall follow the Buyer's work permit and lock-out procedures.
P:4.2 The Supplier is responsible for packaging, transport, customs clearance and unloading. Risk passes to the Buyer at Final Acceptance; title passes on delivery.
P:4.3 If the Supplier fails to complete installation by the agreed date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance tests are carried out after a trial operation of 60 days and include: (a) at least 98% of sensors reporting at the configured interval over the last 14 days of the trial; (b) vibration readings within 5% of the values measured by the Buyer's calibrated portable analyser on 30 sample points; (c) alarms delivered to the control room and mobile application within ten seconds; (d) the interface to the Buyer's maintenance management system creating work orders correctly; and (e) no Severity 1 incident in the last 30 days of the trial.
P:5.2 The Buyer shall sign the Final Acceptance certificate within seven working days after all criteria are met, or give written reasons for refusal. Delivery, installation, trial operation or use does not constitute acceptance.
P:5.3 If a test fails, the Supplier shall correct the fault at its own cost and the test shall be repeated.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). Defective sensors and gateways shall be replaced free of charge, including batteries that fail before their rated life, and software defects shall be corrected free of charge.
P:6.2 During the Warranty Period the Supplier shall provide all software updates and new versions free of charge.
H:7. Service Levels
P:7.1 Severity 1 means that monitoring of a production line or of the kiln drive is lost or that alarms are not delivered. The Supplier shall respond to a Severity 1 incident within 30 minutes by telephone or remote session, and restore monitoring within eight hours; if an engineer is needed on site, through its Chinese service partner approved under clause 12, within 24 hours.
P:7.2 Severity 2 incidents (partial loss of data or function) shall be answered within two hours and corrected within three working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 1,200. The Buyer may deduct these amounts from any payment or claim them under the bank guarantee.
H:8. Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support on the terms of clauses 6 and 7. The annual fee is 8% of the Equipment and Software subtotal, i.e. CNY 144,544 per year, fixed for three years after the Warranty Period.
P:8.2 Support is ordered by separate purchase order for each year; there is no automatic renewal. The Supplier shall offer spare sensors and gateways for at least eight years after Final Acceptance at prices not higher than those in clause 2.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property rights in the Software and the Equipment firmware.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall hand over all Custom Work with its source files at Final Acceptance, and the Buyer may use, modify and license it freely.
P:9.3 The Supplier shall defend and indemnify the Buyer against any third-party claim that the Equipment, the Software or the Custom Work infringes its rights.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development, benchmarking or statistics.
P:10.2 The Software shall run on the Buyer's servers inside the plant network. The gateways shall not send data to any server outside the Buyer's network. Remote support requires the Buyer's approval for each session and is performed through the Buyer's bastion host with session recording.
P:10.3 The Supplier shall notify the Buyer of any security incident affecting Buyer Data or the Buyer's network within two hours, take immediate remedial measures and compensate the Buyer for all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical and commercial information of the Buyer obtained in connection with this Contract, including plant layouts, equipment data and process parameters, and shall not disclose it to any third party without the Buyer's prior written consent.
P:11.2 This obligation survives termination of this Contract for five years.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to Hefei Ruikang Industrial Services Co., Ltd. as the Supplier's local service partner for installation and on-site support. The Supplier remains fully responsible for its subcontractors.
H:13. Liability
P:The Supplier is liable for all direct losses caused by its breach of this Contract. Neither Party is liable for the other Party's loss of profit, except in case of wilful misconduct or gross negligence.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages under clause 4.3 reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid for Equipment or services not accepted and take back the Equipment at its own cost.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The arbitral award is final.
H:16. Miscellaneous
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract. This Contract is made in English and Chinese; both versions have equal effect.
P:16.2 This Contract takes effect on signature and seal by both Parties.
P:Buyer: Wuhu Qingshan Cement Co., Ltd. (seal)    Supplier: Vardar Sensorics DOOEL (signature)
"""

E04 = r"""# Managed IT Support Services Agreement

**Agreement No.** HF-MSA-2027-006

**Customer:** Shaoxing Keqiao Huafang Textile Group Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

**Supplier:** Lovcen IT Services d.o.o., Podgorica, Montenegro ("Supplier")

Customer wishes to outsource its IT service desk, end-user support and server monitoring for its head office, five weaving and dyeing mills and three warehouses, about 2,600 users in total. Supplier has offered to provide these services from its delivery centre and through on-site engineers. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data, documents and information of Customer or its users that Supplier receives, accesses or processes in performing the Services.

1.5 "Transition" means the transfer of the Services from Customer's current provider to Supplier, as described in section 3.

## 2. Term

2.1 This Agreement starts on the date of signature. The service period is 36 months from the Service Commencement Date, which is the day after Transition Acceptance.

2.2 The parties may extend the service period only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Transition

3.1 Supplier shall complete the Transition within 60 days after signature (the "Target Date"), including knowledge transfer from the current provider, set-up of the ticketing tool, documentation of all sites and assets, and a parallel run of at least ten working days.

3.2 Transition Acceptance is given in writing by Customer when: (a) all sites and at least 98% of the devices in Customer's asset list are recorded in the service management tool; (b) the service desk has handled live tickets in the parallel run with all Priority 1 and Priority 2 tickets within the Service Levels; (c) runbooks for the 40 most frequent requests and all critical servers are approved by Customer; and (d) the on-site engineers have passed Customer's safety induction at every mill.

3.3 If Transition is not completed by the Target Date, Supplier shall inform Customer of the reasons, provide a recovery plan within five working days and carry out the remaining work without additional charge. Customer's current provider will remain in place until Transition Acceptance.

## 4. Services and Service Levels

4.1 Supplier shall perform the Services in accordance with Schedule 1, with good industry practice and with Customer's IT policies as notified to Supplier.

4.2 Supplier shall meet the Service Levels in Schedule 2. Where Supplier fails to meet a Service Level, Customer is entitled to the Service Credits in Schedule 2, which are deducted from the next invoice.

4.3 Supplier shall provide a monthly service report and attend a monthly service review with Customer's IT manager.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,184,000.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. No advance payment is required.

5.3 Customer shall pay correct invoices within 30 days of receipt. The Charges are fixed for the service period and include all taxes, travel and the cost of the ticketing tool.

## 6. Personnel

6.1 Supplier shall assign a service delivery manager and at least four on-site engineers, based in Keqiao, and keep a service desk team able to support users in Mandarin.

6.2 Customer may require the replacement of any Supplier staff member who does not meet Customer's standards. Supplier shall replace key staff only with Customer's approval.

6.3 Supplier's staff working at Customer's mills shall follow Customer's safety rules, wear the protective equipment required in the dyeing and finishing areas and carry Customer's visitor or contractor badge at all times.

6.4 Customer shall give Supplier's on-site engineers desk space, network access and access to the sites as needed for the Services, and shall name an IT contact at each mill.

6.5 Supplier shall propose at least two service improvements in each quarterly review, such as automation of frequent requests or self-service knowledge articles, with an estimate of the expected reduction in ticket volume. Customer decides which proposals are implemented; improvements within the scope of Schedule 1 are implemented without additional charge.

6.6 Changes to the scope of the Services, such as new sites or a new warehouse, shall be agreed through a written change note that states the effect on the Charges and the Service Levels.

## 7. Customer Data

7.1 Customer Data remains the property of Customer at all times. Supplier shall use Customer Data only to the extent necessary to perform the Services and for no other purpose.

7.2 At the end of the Agreement Supplier shall return all Customer Data and documentation to Customer or its new provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business, technical and financial information received under this Agreement, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

8.2 This section survives termination of the Agreement for five years.

## 9. Intellectual Property

9.1 Supplier retains its pre-existing tools and methods.

9.2 Knowledge articles, runbooks, scripts, asset records and reports created for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 10. Subcontracting

Supplier shall not subcontract any part of the Services without Customer's prior written consent. Customer approves, by signing this Agreement, Supplier's wholly owned subsidiary Lovcen IT Services (Hangzhou) Co., Ltd. as employer of the on-site engineers. Supplier remains responsible for the performance of any subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, fraud or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not cure it within 30 days after written notice, or if Supplier fails the same Priority 1 Service Level in three consecutive months.

12.2 On expiry or termination Supplier shall provide exit assistance for up to 90 days at the Monthly Service Charge rate, pro rata, so that the Services can be transferred without interruption.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules. The award is final.

## 14. General

This Agreement consists of these terms and Schedules 1 to 3. Changes must be agreed in writing. The Agreement is signed in English in two originals.

## Schedule 1 - Services

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Single point of contact by phone, e-mail, portal and WeChat; logging, triage, first-line resolution | 07:00-22:00, seven days |
| End-user support | Desktop, laptop, printer and mobile device support at all sites; moves, adds and changes | Mill shifts, on site |
| Server and network monitoring | Monitoring of 46 servers, storage and core switches; alarms handled by runbook | 24 x 7 |
| Patch and antivirus management | Monthly patching of Windows clients and servers; antivirus console management | Monthly window |
| Asset management | Asset register, lifecycle records, stocktake twice a year | Business hours |
| Reporting | Monthly service report, trend analysis, improvement proposals | Monthly |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service Credit per failed ticket |
| --- | --- | --- | --- | --- |
| Priority 1 | Production line systems, ERP or e-mail down for a mill or more | 15 minutes | 3 hours | 2% of the Monthly Service Charge |
| Priority 2 | A department or critical user cannot work | 30 minutes | 8 hours | 1% of the Monthly Service Charge |
| Priority 3 | Single user problem with workaround | 2 hours | 2 business days | none |
| Service requests | Standard requests from the catalogue | 2 hours | 3 business days | none |

Service Credits in a month are limited to 20% of the Monthly Service Charge of that month. Credits do not limit Customer's other rights.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | One-time, after Transition Acceptance | 96,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| Total Contract Value | | 2,184,000 |
| Additional on-site engineer day | Per day, on written order only, not included above | 1,650 |
"""

E05 = r"""DATA SUBSCRIPTION AGREEMENT - TRADESCREEN COMPANY AND SANCTIONS DATA

Agreement No. DD-NB-2027-014

BETWEEN

Dajti Data sh.p.k., a company registered in Tirana, Republic of Albania ("Vendor"), and

Ningbo Haiyue Electric Appliance Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer exports household appliances to more than 70 countries and must check its distributors, buyers, freight forwarders and banks against sanctions and export-control lists and verify their ownership. Vendor compiles company registry, beneficial ownership and sanctions data and makes it available through an application programming interface (API) and daily data files. Customer wishes to subscribe to this data for two Subscription Years and to integrate it into its ERP and customer onboarding workflow.

1. DEFINITIONS

1.1 "Data" means the company registry records, beneficial ownership records, sanctions and export-control list entries, adverse media flags and related information that Vendor makes available under this Agreement, and all updates to them.

1.2 "API" means Vendor's TradeScreen REST interface, its documentation and the credentials issued to Customer.

1.3 "Customer Query Data" means all names, addresses, registration numbers, counterparty lists and other information that Customer submits to the API or uploads for batch screening, and the screening results linked to them.

1.4 "Subscription Year" means each period starting on the Activation Date or an anniversary of it and ending on the day before the next anniversary. The Subscription Term consists of two Subscription Years.

1.5 "Activation Date" means the date on which Customer confirms Activation Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use the Data through the API and the daily data files for Customer's own compliance screening, counterparty due diligence and credit checks, by Customer and its subsidiaries in mainland China.

2.2 The subscription includes up to 600,000 API queries and one full daily file of sanctions and export-control list changes per Subscription Year. Queries above this volume are charged under clause 3.3.

2.3 Customer may keep screening results and records of Data used in a decision for as long as required by law or its internal audit rules, also after the Subscription Term.

2.4 Customer shall not resell the Data or make it available to third parties as a data service. Disclosure of individual screening results to banks, auditors and authorities is permitted.

3. FEES AND PAYMENT

3.1 The fees are:
   Subscription Year 1:             CNY 336,000
   Subscription Year 2:             CNY 336,000
   Integration support (one-time):  CNY 48,000
   Total Contract Value:            CNY 720,000

3.2 Subscription fees are invoiced quarterly in arrears, CNY 84,000 at the end of each quarter of a Subscription Year. The integration support fee is invoiced after Activation Acceptance. No payment is due before the Activation Date.

3.3 Queries above the included volume are charged at CNY 0.60 per query, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.

3.4 Fees are in CNY, include VAT and are payable within 30 days after receipt of a correct invoice. The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACTIVATION

4.1 Vendor shall provide integration support: an API sandbox, sample code, a mapping of Data fields to Customer's ERP customer master, configuration of Customer's screening rules and risk thresholds, and two days of remote workshops for Customer's compliance and IT staff.

4.2 Vendor shall make the production API and daily files available to Customer within 45 days after signature (the "Target Activation Date").

4.3 Activation Acceptance is confirmed in writing by Customer when: (a) a test batch of 5,000 of Customer's existing counterparties has been screened and the results reconciled with Customer's current screening tool, with all differences explained; (b) the daily file has been delivered on ten consecutive working days in the agreed format; (c) the ERP integration creates a screening request for every new customer and blocks orders for unresolved potential matches; and (d) Customer's compliance team has approved the screening rules.

4.4 If the Activation Date is delayed beyond the Target Activation Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

5. AVAILABILITY AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and the daily files on time, and to inform Customer of planned maintenance in advance.

5.2 Support is provided by e-mail and through Vendor's support portal during Vendor's business hours. Vendor will handle support requests in the order received and will try to resolve them within a reasonable time.

5.3 Vendor updates sanctions and export-control list entries after their publication by the issuing authority in the normal course of its data operations.

6. DATA QUALITY

6.1 Vendor compiles the Data from official registries, government lists and other sources it considers reliable and will correct errors reported by Customer without undue delay.

6.2 Customer remains responsible for its own compliance decisions. The Data supports, but does not replace, Customer's judgement.

6.3 Vendor shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, keep the previous API version running during that period, and provide updated documentation and sample code free of charge. Vendor shall inform Customer without delay if a source used for the Data becomes unavailable or changes its terms in a way that reduces the coverage described in the documentation.

7. CUSTOMER QUERY DATA

7.1 Customer Query Data belongs to Customer.

7.2 Customer grants Vendor a licence to use Customer Query Data to provide the API and the Data to Customer. Customer further grants Vendor a perpetual licence to use Customer Query Data in aggregated and de-identified form to improve and expand Vendor's datasets, to train its entity-matching models and to produce statistics and market reports, during and after the Subscription Term.

8. DATA SECURITY

8.1 Vendor shall protect Customer Query Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication and logging of all administrative access.

8.2 Vendor's information security management system is certified to ISO/IEC 27001 and is audited each year by an independent auditor; Vendor shall provide the certificate and a summary of the audit report on request.

8.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Query Data, provide the information Customer needs for reports to authorities, and bear the costs and losses caused by any security incident resulting from its failure to comply with this clause 8.

8.4 Vendor shall process personal information in Customer Query Data in compliance with the PRC Personal Information Protection Law and shall sign any standard contract for cross-border transfer that Customer requires.

9. INTELLECTUAL PROPERTY

9.1 Vendor retains all rights in the Data, the API and its software.

9.2 The field mappings, screening rule configurations, scripts and documentation prepared for Customer under clause 4 belong to Customer, which may use, modify and license them freely, including with another data provider.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's counterparty lists and Vendor's pricing, and use it only for this Agreement.

10.2 This clause survives termination for five years.

11. SUBCONTRACTING

Vendor shall not subcontract the provision of the API, the Data delivery or the integration support without Customer's prior written consent, and remains responsible for any approved subcontractor.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to two times the Total Contract Value.

12.2 The limit does not apply to breach of clauses 8 and 10, fraud or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

13. TERM AND TERMINATION

13.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order agreed by both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.3 On termination by Customer for Vendor's breach, Vendor shall refund the fees paid for any period after termination. Clauses 2.3, 7, 8, 10 and 12 survive termination.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject. Changes must be in writing and signed by both parties.

15.2 Notices shall be sent by e-mail and courier to the addresses given above.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it informs the other party promptly and takes reasonable steps to limit the effect.

15.4 This Agreement is signed in English in two originals.

Signed for Vendor: ____________________       Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and the design list
# ---------------------------------------------------------------------------------------------------------------------
TARGET = {
    "z01": ("h614z01_civil_air_defence_monitoring_platform.pdf", Z01),
    "z02": ("h614z02_pickling_line_control_retrofit.docx", Z02),
    "z03": ("h614z03_tcm_clinic_chain_saas.txt", Z03),
    "z04": ("h614z04_official_vehicle_platform_annual_om.txt", Z04),
    "z05": ("h614z05_honey_traceability_supplier_template.md", Z05),
    "e01": ("h614e01_wms_perpetual_licence_belgrade_vendor.pdf", E01),
    "e02": ("h614e02_lms_saas_order_form_sarajevo_vendor.md", E02),
    "e03": ("h614e03_condition_monitoring_sensors_skopje_vendor.docx", E03),
    "e04": ("h614e04_managed_it_support_podgorica_vendor.md", E04),
    "e05": ("h614e05_trade_data_api_subscription_tirana_vendor.txt", E05),
}

CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
#        avail  p1    remedy ip          dsec   owns   conf   ld              cap        prepay final  warr pwf  auto   term   sub    law       kind
TERMS = {
    "z01": (99.99, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": (None, 0.25, True, "buyer", True, True, True, 0.1 / 7, None, 10, True, True, 24, 7, False, True, True, "PRC", G),
    "z03": (99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", S),
    "z04": (None, 0.25, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, False, False, "PRC", S),
    "z05": (None, 8, False, "supplier", True, False, True, 0.08, 20, 55, False, False, 6, 25, False, True, None, "PRC", G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Serbia", G),
    "e02": (99.95, 0.5, False, "buyer", True, True, True, 800 / 994000 * 100, 9 / 36 * 100, None, True, None, None, None,
            True, True, False, "PRC", S),
    "e03": (None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G),
    "e04": (None, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC", S),
    "e05": (None, None, False, "buyer", True, False, True, 500 / 720000 * 100, 200, None, True, None, None, None, False, True,
            False, "PRC", S),
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2050000),
    "z02": (True, True, True, False, 3680000),
    "z03": (True, True, None, False, 1068000),
    "z04": (True, True, None, False, 586000),
    "z05": (True, True, True, True, 980000),
    "e01": (True, True, True, False, 2000000),
    "e02": (True, True, None, False, 994000),
    "e03": (True, True, True, False, 2053000),
    "e04": (True, False, None, False, 2184000),
    "e05": (False, True, None, False, 720000),
}
# itemised licence / hardware subtotal (TCO fee base), goods only
FEE_BASE = {"z01": 1180000, "z02": 3236000, "z05": 760000, "e01": 1320000, "e03": 1806800}
# price sums as stated in the texts
PRICE_PARTS = {
    "z01": [1180000, 620000, 214000, 36000],
    "z02": [1386000, 964000, 312000, 148000, 426000, 398000, 46000],
    "z03": [65 * 6800 * 2, 156000, 28000],
    "z04": [336000, 172000, 78000],
    "z05": [760000, 168000, 52000],
    "e01": [1320000, 486000, 158000, 36000],
    "e02": [268000 * 3, 42000 * 3, 64000],
    "e03": [640 * 1450, 120 * 980, 32 * 8600, 486000, 214600, 31600],
    "e04": [58000 * 36, 96000],
    "e05": [336000, 336000, 48000],
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Belgrade arbitration

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
DESIGN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

# policy thresholds (default pack values as stated in policy.md §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, cv = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return t, extra


def tco_share(key):
    t, e = label(key)
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None, None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    tco = e["contract_value"] + fees
    return tco, fees / tco * 100


def derive(key):
    """My reading of policy §3 applied to the labels."""
    t, e = label(key)
    r = set()
    goods = t["contract_kind"] == G
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)[1]
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------------
def _pct(n):
    return r"(?<![\d.,．])" + n + r"(?:[.．]0+)?\s*(?:%|％|per\s*cent|percent)"


NUMS_ZH = "一二三四五六七八九十百千零点"
THRESHOLD_PATTERNS = [
    r"(?<![\d.．])99[.．]90*(?!\d)",                                   # 99.9 % availability
    _pct("30"), r"百分之三十(?![" + NUMS_ZH + "])", r"\bthirty\s*(?:%|per\s*cent|percent)",
    _pct("15"), r"百分之十五(?![" + NUMS_ZH + "])", r"\bfifteen\s*(?:%|per\s*cent|percent)",
    _pct("40"), r"百分之四十(?![" + NUMS_ZH + "])", r"\bforty\s*(?:%|per\s*cent|percent)",
    _pct("100"), r"百分之(?:一)?百(?![" + NUMS_ZH + "])", r"\bone\s*hundred\s*(?:%|per\s*cent|percent)",
    r"(?<![\d.,．])0?[.．]050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![" + NUMS_ZH + "])",
    r"千分之零?点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.,．:])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![" + NUMS_ZH + "])四个?小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.,])4-hour",
    r"(?<![\d.,．年])12\s*(?:个月|months?\b|-month)", r"十二个月", r"\btwelve[\s-]*months?\b",
    r"(?<![第每同十])一年(?![度级])", r"\b(?:one|1)[\s-]*years?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "thirty per cent", "15%", "15 per cent", "百分之十五", "40 %",
            "百分之四十", "100%", "100 percent", "百分之百", "99.9%", "99.90 %", "0.05%", ".05 %", "万分之五", "千分之零点五",
            "4小时", "4 个小时", "四小时", "4 hours", "four hours", "4-hour", "4h", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "一年", "one year", "1 year"]
MUST_MISS = ["130%", "0.30%", "百分之三十五", "99.95%", "99.5%", "99.99", "0.08%", "0.5%", "万分之五十", "万分之八",
             "24小时", "二十四小时", "24 hours", "14 hours", "2 hours", "2026年12月", "第一年", "每一年", "服务年度",
             "25%", "115%", "1,500", "Year 1", "1,400 hours", "2027-12-31", "12 hours", "一年度"]


def selftest_scan():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


# ---------------------------------------------------------------------------------------------------------------------
# Read back and checks
# ---------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    selftest_scan()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, src) in TARGET.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, _) in TARGET.items():
        lang = "zh" if key.startswith("z") else "en"
        t, e = label(key)
        assert sum(PRICE_PARTS[key]) == e["contract_value"], (key, sum(PRICE_PARTS[key]))
        # no label value on a threshold
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        tco, share = tco_share(key)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append((name, "threshold", variant[max(0, m.start() - 20):m.end() + 20]))
                break
        lab = {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": t, "expected_extra": e,
               "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-58s %-4s n=%-5d tco=%s share=%s rules=%s risk=%s" % (
            name, lang, n, tco, None if share is None else round(share, 2), ",".join(rules) or "-", risk(rules)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # the mix
    assert [k for k in DESIGN if not DESIGN[k]] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
