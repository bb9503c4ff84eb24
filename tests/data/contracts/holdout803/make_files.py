"""holdout803: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the
.json labels and asserts the checks of the brief (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市瓶装燃气安全监管平台建设项目合同
P:合同编号：LJYJ-ZC-2027-0418
P:采购人（甲方）：临江市应急管理局
P:中标供应商（乙方）：杭州安瓶数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市瓶装燃气安全监管平台建设项目公开招标结果，甲乙双方按照招标文件、乙方投标文件和中标通知书，经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方为甲方建设瓶装燃气安全监管平台，提供平台软件许可、定制开发、数据对接、部署实施及培训，具体范围以招标文件技术需求和本合同附件一为准。
P:1.2 平台覆盖全市瓶装燃气经营企业、储配站、供应站和用户终端，实现气瓶一瓶一码追溯、充装前后检查记录、配送人员实名登记、入户安检、隐患上报与闭环处置、执法检查记录和统计分析。
P:1.3 平台部署在临江市政务云，移动端支持安卓和鸿蒙系统，并与省级燃气安全监管系统对接。
H:第二条 合同价款
P:2.1 合同总价为人民币2,064,000元（大写：贰佰零陆万肆仟元整），含税，为固定总价，包括乙方完成本合同全部工作所需的一切费用。
P:2.2 分项价格：平台软件许可（永久许可，不限用户数）1,160,000元；定制开发（气瓶追溯子系统、入户安检移动端、隐患预警模型）684,000元；与市场监管、住建、公安部门及企业充装系统的数据对接152,000元；部署实施及培训68,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付的程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署、定制开发和数据对接，并向甲方提交初验申请。
P:4.2 乙方应按经甲方确认的实施计划组织实施，每周向甲方报送进度，项目经理和技术负责人未经甲方同意不得更换。
P:4.3 甲方负责提供政务云资源、网络接入条件和各部门接口协调，并指定专人对接；甲方原因造成的延误，工期相应顺延。
P:4.4 乙方应为甲方及各区县应急管理部门、燃气经营企业操作人员提供不少于二十场的现场培训，并提供操作手册、管理员手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求；与各部门系统的接口连续运行十日无数据丢失；在五百个并发用户下页面平均响应时间不超过3秒；平台通过第三方机构的网络安全等级保护第三级测评。
P:5.2 最终验收：初验合格后试运行九十日，试运行期间无一级故障，全市不少于八成的瓶装燃气经营企业完成数据接入；甲方组织专家按前款标准和试运行记录进行验收并出具验收报告。
P:5.3 平台上线试运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费为平台软件许可价格的9%，即每年104,400元，质保期满后三年内不上调。是否签订维护合同由甲方决定，维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三日告知甲方并安排在夜间进行，不计入不可用时间。
P:7.2 故障分为三级：一级故障（平台整体不可用或隐患预警功能失效）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）2小时内响应、下一工作日内解决；三级故障在下一版本中解决。
P:7.3 一级故障响应或恢复每超时一小时，乙方向甲方支付800元；月度可用率每低于约定值0.01个百分点，乙方支付1,000元。上述款项可从履约保证金或应付款中扣除。
P:7.4 乙方应每月向甲方提交运行报告，内容包括可用率统计、故障处理记录、安全漏洞修复情况和数据接入情况，并在重大活动和节假日期间安排专人值守。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，甲方依本合同享有永久、不可撤销的使用许可。
P:8.2 定制开发成果，包括源代码、数据模型、接口程序和技术文档，其知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据（含企业信息、用户信息、气瓶档案、安检记录）归甲方所有，乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或其他安全事件时，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 双方对履约中知悉的对方工作秘密、商业秘密和技术资料负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应支付的违约金和赔偿可从中扣除。
H:第十二条 分包与转包
P:12.1 乙方不得转包，也不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码和全部数据。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方并提供证明，双方协商延期履行或部分免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、乙方投标文件、中标通知书及附件一《技术需求及功能清单》、附件二《实施计划》为本合同组成部分。
P:16.2 合同履行中需变更功能范围的，双方应签订书面补充协议；变更不得违背招标文件的实质性内容。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临江市应急管理局          乙方（盖章）：杭州安瓶数智科技有限公司
"""

Z02 = """T:暖手宝生产线控制系统改造合同
P:合同编号：NY-GZ-2027-019
P:甲方：慈溪暖阳电器有限公司
P:乙方：宁波联控自动化工程有限公司
P:甲方委托乙方对其电热暖手宝生产线的控制系统进行改造，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 改造范围为甲方一号至三号生产线的灌液、封口、充电检测和包装工段，包括更换控制柜、触摸屏、温控与充注检测模块，新增视觉检测工位，部署产线监控软件并与甲方现有ERP系统对接。
P:1.2 乙方负责设备供货、控制程序编写、安装调试、试生产配合及操作维护培训，改造期间应保证甲方每日至少一条生产线正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币1,536,000元（含税），价格明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含程序）|6套|486,000
TB:2|触摸屏人机界面|12台|114,000
TB:3|温控与充注检测模块|3套|318,000
TB:4|视觉检测工位|4个|194,000
TB:5|产线监控软件许可（永久）|1套|260,000
TB:小计|设备及软件小计||1,372,000
TB:6|改造安装调试|1项|146,000
TB:7|操作与维护培训|1项|18,000
TB:合计|合同总价||1,536,000
P:2.2 上述价格已包含设备运输、保险、安装辅材、调试及税费。除经甲方书面确认的变更外，甲方不再支付其他任何费用。
P:2.3 因甲方要求增加工位或变更工艺而产生的费用，由双方按投标单价另行书面确认。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的45%。到货签收和安装完毕均不代表质量验收。
P:3.3 改造项目通过终验后，甲方支付合同总价的25%。
P:3.4 余款5%作为质量保证金，质保期满且无质量争议后十个工作日内支付。
P:3.5 乙方每次请款时应提供等额增值税专用发票及相应的到货签收单、安装记录或终验报告，甲方收到齐全单据后十个工作日内付款。
H:第四条 工期与现场管理
P:4.1 乙方应在合同签订后七十五日内完成全部设备安装调试，并提交终验申请。各生产线的停线改造时间须事先经甲方生产部书面确认，每条线停线不超过六日。
P:4.2 设备到货时，双方共同开箱清点，核对型号、数量和出厂合格证，清点结果记入到货签收单。设备须为全新原厂产品，主要元器件品牌以附件设备技术参数表为准，未经甲方书面同意不得替换。
P:4.3 乙方现场人员应遵守甲方厂区安全生产、消防和劳动纪律制度，进入车间须佩戴防护用品；电气作业人员须持有效特种作业操作证。因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。
P:4.4 甲方负责提供施工用电、临时存放场地及ERP接口说明文件，并指定生产部负责人协调停线安排。
P:4.5 乙方应在终验前为甲方设备科人员提供不少于五天的操作与维护培训，培训内容包括控制程序结构、常见故障排查、参数备份与恢复，并提交全套电气图纸、程序备份和操作手册。
H:第五条 验收
P:5.1 终验标准：每条生产线连续满负荷运行七十二小时无停机故障；灌液量偏差不超过正负1克；封口不良率不高于千分之三；视觉检测漏检率不高于千分之二；单线产能不低于改造前的1.2倍；监控软件实时显示各工位数据，刷新时间不超过2秒，与ERP工单数据一致。
P:5.2 终验由甲方组织，乙方配合，验收合格后双方签署终验报告。任何试生产、使用或付款均不视为验收合格。
P:5.3 终验不合格的，乙方应在十日内整改后重新申请验收；第二次验收仍不合格的，甲方有权要求乙方更换设备或退货，并按本合同第十一条追究违约责任。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起算。质保期内因设备或软件质量问题产生的维修、更换及软件缺陷修复均由乙方免费负责。
P:6.2 质保期满后，乙方提供年度维保服务，内容包括每月驻厂巡检、易损件更换、控制程序优化和监控软件升级。年度维保费按设备及软件小计的26%计取，即每年356,720元，维保期内不作调整。
P:6.3 故障响应：一级故障（整条生产线停机）乙方应在1小时内响应、6小时内到场并恢复生产；二级故障（单个工位故障）2小时内响应、下一工作日内修复；三级故障在下次巡检时处理。
P:6.4 乙方未在上述时限内响应或恢复的，每超时一小时向甲方支付1,000元，甲方可从质量保证金或应付维保费中扣除。
P:6.5 乙方应在甲方厂区内储备常用备件，包括PLC模块、温控模块和视觉相机各一套，备件清单随终验报告一并提交；质保期满后备件价格不高于投标报价。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归乙方所有，甲方享有永久使用许可。
P:7.2 为本项目编写的PLC控制程序、人机界面画面、ERP接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、配方和产量记录均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方应将控制网络与办公网络隔离，远程维护须由甲方临时开通并全程记录，维护结束即关闭。发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方全额赔偿。
P:8.3 合同终止或维保结束时，乙方应删除其持有的甲方全部数据副本，并向甲方出具书面删除确认。
H:第九条 保密
P:9.1 乙方对在甲方厂区内获知的工艺、配方、客户和价格信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至该信息公开时止。
H:第十条 分包
P:10.1 乙方可将电气安装、线缆敷设等现场施工工作分包给具备相应资质的单位，但应在分包前书面通知甲方；乙方对分包工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成安装调试或逾期通过终验的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因造成甲方停产超过约定停线时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 乙方提供的设备或软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，给甲方造成损失的，乙方应予赔偿。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除的，乙方应在七日内移交已完成的控制程序、图纸和技术资料，并配合甲方恢复生产线原有控制方式。
H:第十三条 不可抗力
P:13.1 因地震、火灾、疫情等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延，但乙方迟延履行后发生的不可抗力不免除其责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、改造实施计划、停线安排表。
P:甲方（盖章）：慈溪暖阳电器有限公司          乙方（盖章）：宁波联控自动化工程有限公司
"""

Z03 = """浪里桨板培训连锁门店预约与会员管理系统服务合同

合同编号：LL-IT-2027-007
甲方：浪里桨板体育发展（深圳）有限公司
乙方：广州约课云信息技术有限公司

甲方在华南地区经营三十家桨板培训门店，现委托乙方提供预约与会员管理云服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方通过其云平台向甲方提供课程预约、教练排班、会员卡与课包管理、线上支付与核销、场地与器材管理、营销活动及经营报表功能，包括门店端、总部管理端和微信小程序。
（二）实施服务：乙方负责三十家门店的系统配置、课程与教练排班模板设置、小程序上线、与甲方财务系统的对账接口、门店店长及前台人员培训。
（三）数据迁移：乙方负责将甲方原会员系统中约一万八千六百名会员的档案、余额、课包和消费记录迁移至新平台。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。
（二）服务期满前三十日内任何一方未书面提出终止的，本合同自动续展一个服务年度，可多次续展。续展期间的订阅费由乙方根据其届时公布的标准价格确定，乙方在续展前书面通知甲方后即按新价格执行。

三、合同价款
（一）订阅费：门店端每家每服务年度6,800元，三十家门店合计204,000元；总部管理端每服务年度48,000元。每服务年度订阅费合计252,000元，两个服务年度合计504,000元。
（二）一次性实施费86,000元。
（三）数据迁移费24,000元。
（四）合同总额为人民币614,000元（含税）。线上支付通道手续费由支付机构另行收取，不在本合同价款内。

四、付款方式
（一）实施费和数据迁移费在上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费分四期支付，每季度结束后十个工作日内，甲方支付该季度订阅费63,000元。
（三）乙方应在每次付款前开具增值税专用发票。甲方不向乙方预付任何款项。

五、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店开通和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 三十家门店全部开通，预约、排班、核销、支付和报表功能与本合同附件功能清单一致；
2. 迁移会员数据经双方逐条核对，会员余额和课包次数无差错；
3. 在八百个并发预约请求下，小程序预约响应时间不超过2秒；
4. 小程序通过微信平台审核并正式发布；
5. 连续十日线上支付流水与财务系统对账一致。
（三）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署上线验收单。门店试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收申请，整改期间不计入服务年度。

六、培训与甲方配合
（一）乙方应为每家门店的店长和前台人员各提供不少于两次的操作培训，并为总部运营、财务人员提供专项培训，培训可采用现场与线上结合的方式。
（二）乙方应提供门店操作手册、总部管理员手册和常见问题解答，并在服务期内随版本更新及时修订。
（三）甲方应指定项目负责人，按乙方的数据模板提供原会员系统导出数据、课程体系、教练名单和门店信息，并协调各门店配合上线。
（四）乙方如需调整平台功能或界面，应提前十日通知甲方；影响门店日常经营的重大调整须征得甲方同意。

七、服务水平
（一）平台月度可用率不低于99.5%，计划内维护须提前两日通知甲方，并安排在每日二十二时至次日七时之间进行。
（二）故障分级：一级故障指预约、支付或核销功能在任一门店不可用，乙方应在30分钟内响应、3小时内恢复；二级故障指部分报表或营销功能异常，2小时内响应、两个工作日内修复；三级故障为其他问题，在下一版本中修复。
（三）服务补偿：月度可用率每低于约定值0.5个百分点，减免甲方当月订阅费的5%；一级故障响应每超时一次，乙方支付200元。补偿款从下一季度订阅费中抵扣。
（四）乙方应按月提供服务报告，内容包括可用率、故障记录和处理情况。
（五）乙方应提供每日九时至二十二时的在线客服和电话支持，门店在营业时间内提出的操作问题应在十五分钟内得到答复；周末及法定节假日照常提供支持。
（六）平台应每日进行数据备份，备份数据至少保存三十日，数据恢复点不早于故障发生前二十四小时。

八、知识产权
（一）云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程体系、会员等级规则、报表模板、对账接口程序及相关文档，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、数据安全与数据归属
（一）甲方会员信息（包括未成年学员的个人信息）、预约、支付和经营数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内且已完成网络安全等级保护第二级备案的云环境，对个人信息加密存储，实行最小权限访问并保留操作日志不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并配合甲方履行报告义务；因乙方原因造成的损失由乙方全额赔偿。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除其保存的数据并出具书面确认。

十、保密
双方对履约过程中知悉的对方商业信息、会员信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

十一、违约责任
（一）乙方未按本合同第五条第（一）项约定时间提交上线验收申请的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方擅自停止服务或因乙方原因导致平台连续中断超过二十四小时的，甲方有权要求乙方赔偿由此造成的直接损失。
（三）甲方逾期付款的，乙方可书面催告，但不得因此删除或锁定甲方数据。
（四）因乙方原因导致会员余额、课包次数错误的，乙方应在三日内核实更正，并承担由此向会员退赔的费用。

十二、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）合同解除或终止时，乙方应按本合同第九条第（四）项交付和删除数据。

十四、争议解决
本合同适用中华人民共和国法律。双方发生争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十五、不可抗力
因不可抗力或基础电信网络、云服务商大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复，可免除相应的服务补偿；但乙方未及时通知或未采取合理措施的，不能免责。

十六、其他
本合同附件包括功能清单、门店清单和实施计划，与本合同具有同等效力。服务期内甲方新开门店的，可按每家每服务年度6,800元的单价增加开通，费用按剩余月数折算。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：浪里桨板体育发展（深圳）有限公司
乙方（盖章）：广州约课云信息技术有限公司
"""

Z04 = """望山景区客运索道安全监控系统年度运维服务合同

项目编号：WS-WL-CS-2027-011（竞争性磋商）
甲方：望山县文化和旅游局
乙方：成都索安智控技术服务有限公司

根据望山景区客运索道安全监控系统年度运维服务项目竞争性磋商结果，甲方委托乙方承担该系统的运行维护服务。双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为望山景区一号、二号客运索道的安全监控系统，包括钢丝绳在线检测装置、风速风向监测站、驱动站与回转站视频监控、吊厢防坠报警、站台门联锁、监控中心服务器与存储、监控平台软件及相关网络设备，设备清单见附件一。
（二）服务内容包括：驻场运行值守、日常巡检、季度预防性维护、故障处理、软件升级与漏洞修复、备品备件供应、年度系统检测配合、旅游旺季及节假日应急保障。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购，应另行依法组织采购。新一期运维单位确定前，经甲方书面要求，乙方应按本合同同等条件继续提供过渡期服务，过渡期费用按日折算。

第三条 合同价款与支付
（一）合同总价为人民币468,000元（含税），其中驻场运维费216,000元，巡检与预防性维护费118,000元，备品备件费96,000元，应急保障费38,000元。
（二）服务费按季度支付。每季度服务结束且季度运维验收合格后十五个工作日内，甲方支付当季服务费117,000元。
（三）乙方请款时应提交增值税发票及季度运维报告。本合同不设预付款。

第四条 服务要求
（一）乙方应安排两名具备索道相关电气或自动化专业资质的工程师驻场值守，索道运营时段内至少一人在监控中心。
（二）日常巡检每日一次，重点检查视频画面、报警联动、风速数据和服务器运行状态，并填写巡检记录。
（三）每季度进行一次预防性维护，包括传感器校准、镜头清洁、存储容量检查和系统日志分析。
（四）乙方应在每年3月底前完成年度系统检测配合和防雷检测配合，并在检测后二十日内完成全部隐患整改。
（五）乙方应在春节、五一、国庆等旅游旺季及景区大型活动期间增派一名工程师现场保障，并提前七日报送保障方案。
（六）乙方应建立设备台账和运维档案，每月向甲方提交运维月报，内容包括巡检情况、故障处理、备件消耗和隐患清单。
（七）乙方更换驻场工程师的，应提前十日书面告知甲方并做好交接，新任人员的资质不得低于响应文件承诺。
（八）备品备件应为原厂或经甲方认可的同等品质产品，乙方应在景区现场储备附件二所列备件，消耗后十日内补足。

第五条 故障响应
（一）一级故障指钢丝绳检测、风速报警或防坠报警任一功能失效，或监控中心画面全部中断。乙方应在20分钟内响应，1小时内到达现场，6小时内恢复。
（二）二级故障指单个摄像机或单个传感器故障、部分功能异常。乙方应在1小时内响应，二十四小时内修复。
（三）三级故障指不影响安全监控功能的一般问题，乙方应在五个工作日内处理。
（四）乙方未在上述时限内完成响应或恢复的，应在当日向甲方提交书面说明，并在三日内提交整改报告。

第六条 运维验收
（一）季度运维验收由甲方组织，验收标准为：巡检记录完整；本季度一级、二级故障均已闭环处理并有记录；备品备件库存不低于附件二规定的数量；系统日志和报警记录完整可查；季度运维报告经甲方确认。
（二）年度终验在服务期满前十五日内进行，验收标准为：系统各项功能正常，年度检测发现的隐患全部整改完毕，运维文档和设备台账已更新并移交甲方。
（三）验收不合格的，乙方应在十日内完成整改并重新申请验收。
（四）季度运维报告应附巡检记录、故障工单、备件出入库记录和系统健康检查结果；年度运维总结报告应对系统运行状况、主要隐患和设备更新需求提出分析意见，供甲方编制下一年度预算参考。
（五）甲方可委托索道运营单位或第三方检测机构参与验收，乙方应予配合并提供所需资料。

第七条 数据安全
（一）监控视频、检测数据、报警记录和系统日志均归甲方所有，乙方仅为履行运维工作使用，不得复制、带离或用于其他任何目的。
（二）乙方应遵守《网络安全法》《数据安全法》，落实账号权限分离和操作审计，不得私自开通远程访问；确需远程维护的，须经甲方书面批准并通过堡垒机进行，全程留存日志。
（三）发生数据丢失、泄露或网络攻击事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失，由乙方承担赔偿责任。

第八条 知识产权
乙方在服务期内形成的运维文档、巡检报告、配置文件和自动化巡检脚本，其知识产权归甲方所有，甲方可自由使用和修改。监控平台软件原有的知识产权不因本合同发生转移。

第九条 违约责任
（一）乙方未按第四条第（四）项约定时间完成年度检测配合或隐患整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员擅自离岗或数量不足的，甲方有权要求乙方立即补足，乙方应承担由此导致的损失。
（三）因乙方运维过失导致索道安全事故或停运的，乙方应承担全部赔偿责任。

第十条 分包
乙方不得将本合同项下的任何服务转包或分包。

第十一条 合同解除
乙方严重违反本合同约定，经甲方书面通知后七日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用；乙方应赔偿甲方因此遭受的损失。

第十二条 安全生产
乙方人员应遵守景区安全管理规定和索道运营单位的作业规程，进入机房和站台须经登记；高处作业须系安全带。乙方应为驻场人员办理意外伤害保险。

第十三条 甲方义务
（一）甲方应为驻场人员提供监控中心值守场所、必要的办公条件和进出机房的通行手续。
（二）甲方应指定专人负责与乙方对接，及时审核运维报告、组织季度运维验收并按约定支付服务费。
（三）甲方或索道运营单位发现系统异常时，应及时通知乙方。
（四）甲方对系统进行改造、扩容或接入新设备的，应提前通知乙方，由双方确认是否调整运维范围和费用。

第十四条 交接
（一）合同签订后十日内，乙方应与上一运维单位及甲方共同完成系统交接，逐项核对设备状态、软件版本、账号口令和备件库存，形成交接清单。
（二）服务期满或合同解除时，乙方应向甲方或甲方指定的单位移交全部运维文档、设备台账、账号权限和剩余备件，并配合交接不少于十日。

第十五条 不可抗力
因暴雨、雷击、地震等不可抗力造成设备损坏的，乙方应在条件允许时立即开展抢修，所需更换的非备件设备费用由双方另行协商；不可抗力不免除乙方的应急响应义务。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向望山县人民法院提起诉讼。

第十七条 其他
（一）磋商文件、乙方响应文件、成交通知书及附件一《设备清单》、附件二《备品备件清单》为本合同组成部分。
（二）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：望山县文化和旅游局
乙方（盖章）：成都索安智控技术服务有限公司
"""

Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

**（匠迹软件标准合同文本 V3.0）**

合同编号：JJ-XS-2027-0263

甲方（用户）：苏州寸心微雕艺术工作室

乙方（供应商）：苏州匠迹软件科技有限公司

甲方拟使用乙方的匠迹工序追踪系统，管理微雕作品从接单、选材、设计、雕刻、显微检验到交付的全部工序，并由乙方按甲方需求进行定制开发。双方在平等自愿的基础上，订立本合同。

## 第一条 定义

1.1 "软件"：指乙方自主开发的匠迹工序追踪系统（标准版），包括工序流转、任务派工、物料管理和统计报表模块。

1.2 "定制开发成果"：指乙方根据甲方需求开发的微雕作品工序模板、显微图像归档模块、客户订单追溯小程序及相关程序代码和文档。

1.3 "甲方数据"：指甲方在使用软件过程中录入或产生的客户信息、订单信息、作品图像和工序记录。

1.4 "工作日"：指中华人民共和国法定工作日，乙方技术支持时间为工作日九时至十七时，午休时间除外。

## 第二条 合同价款

2.1 本合同总价为人民币424,000元（含税），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统软件许可（标准版，8个并发用户） | 1套 | 186,000 |
| 2 | 定制开发（工序模板、显微图像归档、订单追溯小程序） | 1项 | 212,000 |
| 3 | 部署与培训 | 1项 | 26,000 |
| | 合计 | | 424,000 |

2.2 甲方增加用户数或功能模块的，按乙方届时的报价另行签订补充协议。

2.3 上述价格不含服务器、操作系统、数据库、显微拍摄设备及第三方软件的费用，相关费用由甲方自行承担。

## 第三条 软件许可范围

3.1 乙方授予甲方在本合同约定的用户数范围内永久使用软件的非独占、不可转让许可，许可仅限于甲方在其注册地址的工作场所内部使用。

3.2 甲方不得将软件出租、出借、转让或提供给关联方及第三方使用，不得对软件进行反向工程、反编译或破解。

3.3 甲方违反本条约定的，乙方有权立即终止许可并要求甲方赔偿损失。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即275,600元。

4.2 乙方完成系统部署后七日内，甲方支付剩余的35%，即148,400元。

4.3 甲方逾期付款的，乙方有权暂停部署、开发和技术支持工作，工期相应顺延。

## 第五条 交付与部署

5.1 定制开发需求以双方确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的需求变更，乙方有权评估工作量后另行收费并相应顺延交付时间。

5.2 乙方在收到本合同第4.1款款项后六十日内完成软件部署和定制开发成果的安装。

5.3 甲方应提供符合乙方要求的服务器、网络环境和显微拍摄设备接口，并提供工序资料和历史订单数据。因甲方原因导致部署延误的，交付时间相应顺延。

5.4 乙方提供不超过两天的现场操作培训，超出部分按每人每天2,400元另行收费。

5.5 甲方应指定一名项目联系人，负责需求确认、资料提供和部署配合。甲方历史订单数据的整理和导入由甲方自行完成，乙方可提供导入模板和远程指导。

5.6 定制开发成果以安装包和操作说明形式交付，乙方不向甲方交付源代码。

## 第六条 验收

6.1 乙方完成部署后通知甲方验收，甲方应在收到通知后三个工作日内进行确认。

6.2 甲方在上述期限内未提出书面异议的，或甲方已开始使用软件处理实际订单的，视为验收合格。

6.3 验收合格后甲方发现的问题，按本合同第七条的维护约定处理，不影响甲方付款义务的履行。

## 第七条 免费维护与后续服务

7.1 乙方自部署完成之日起提供六个月的免费维护，内容包括软件缺陷修复和远程技术支持。

7.2 免费维护期内，乙方通过电话、微信群和远程桌面在工作日提供技术支持，乙方将尽合理努力及时处理甲方提出的问题。

7.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。

7.4 因甲方擅自修改软件、操作不当或使用非乙方认可的硬件导致的故障，不属于免费维护范围，乙方可应甲方要求处理并按次收费。

## 第八条 知识产权

8.1 软件及其升级版本的著作权和其他知识产权归乙方所有。

8.2 定制开发成果（包括源代码、工序模板和技术文档）的知识产权归乙方所有。乙方授予甲方在本工作室内部使用定制开发成果的非独占、不可转让的许可，甲方不得修改、反向工程或许可第三方使用。

8.3 乙方有权将定制开发成果中的通用功能纳入软件后续版本，向其他客户提供。

## 第九条 数据

9.1 甲方数据归甲方所有。

9.2 甲方同意乙方可将甲方数据中的工序记录和作品图像经匿名化处理后，用于乙方产品改进、算法训练及行业案例展示，乙方无需为此另行支付费用或征得甲方同意。

9.3 乙方对其存储和处理的甲方数据采取加密存储、访问控制和备份措施。发生数据泄露、丢失的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方过错造成数据泄露的，乙方承担相应赔偿责任。

9.4 合同终止后，乙方为甲方保留数据三十日，期满后乙方有权删除。甲方需要乙方协助导出数据的，按乙方技术服务报价另行收费。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密、技术信息和客户信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或政府机关要求披露的除外。

10.2 保密义务在本合同终止后三年内继续有效。

## 第十一条 责任限制

11.1 乙方对本合同项下全部责任（包括违约、侵权及其他责任）的累计赔偿总额，以本合同总价的50%为限。

11.2 在任何情况下，乙方均不对甲方的间接损失、利润损失、商誉损失或作品损毁承担责任。

11.3 乙方交付延迟的，甲方可书面催告乙方在合理期限内完成交付。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 甲方在付款后单方解除合同的，已付款项不予退还。

12.3 合同解除后，甲方应立即停止使用软件及定制开发成果，并删除其持有的全部安装副本；乙方已完成部分的费用，甲方仍应按合同约定支付。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官方网站公布的《匠迹软件用户服务协议》为准。

14.2 乙方发出的通知以电子邮件或微信方式送达甲方指定联系人，即视为送达。

14.3 因不可抗力、网络运营商故障、第三方软件缺陷或黑客攻击导致乙方不能履行或迟延履行的，乙方不承担责任。

14.4 乙方有权根据业务需要更新本合同文本及《匠迹软件用户服务协议》，更新内容在乙方官方网站公布后生效。

14.5 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：苏州寸心微雕艺术工作室　　　　乙方（签章）：苏州匠迹软件科技有限公司

签订日期：2027年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FJC-APS-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Jinghua Ceramics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Nanhai District, Foshan, Guangdong Province (the "Buyer"), and Serra Planejamento Industrial Ltda., a company organised under the laws of Brazil with its principal office at Rua Sinimbu, Caxias do Sul, Rio Grande do Sul (the "Vendor").
P:The Buyer manufactures porcelain and glazed floor tiles on nine kiln lines and wishes to plan production, glazing and kiln loading with an advanced planning and scheduling system. The Vendor develops such a system and has offered to license it and to implement it at the Buyer's Foshan plant. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SerraPlan advanced planning and scheduling software, version 8, in object code, with its documentation and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the kiln-loading rules, glaze-change sequencing models, report templates, interface programs and configuration scripts developed by the Vendor specifically for the Buyer, together with their source code and documentation.
P:1.3 "Buyer Data" means all production orders, recipes, capacity data, costs and other data supplied by the Buyer or generated by the Software for the Buyer.
P:1.4 "Go-Live" means the start of productive use of the Software for all nine kiln lines. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 60 named planners and unlimited read-only users at the Buyer's sites in the People's Republic of China, including for its affiliates in mainland China.
P:2.2 The Vendor shall perform the implementation services described in Annex 1: process analysis, configuration, development of the Custom Deliverables, integration with the Buyer's ERP and manufacturing execution systems, data migration, testing, training and Go-Live support.
P:2.3 The Vendor shall provide Mandarin-speaking consultants on site in Foshan during configuration, testing and Go-Live, and shall name a project manager who may not be replaced without the Buyer's consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total contract price is CNY 2,090,000 (the "Contract Price"), inclusive of all taxes payable in the People's Republic of China and of the Vendor's travel and living expenses, made up as follows: Software licence fee CNY 1,280,000; implementation and configuration CNY 540,000; ERP and MES integration CNY 226,000; training CNY 44,000.
P:3.2 The Contract Price is fixed. Any change to the scope requires a written change order signed by both parties before work on it begins.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within twenty business days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within twenty business days after Go-Live. Go-Live does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty business days after the Final Acceptance Certificate is signed.
P:4.4 All payments are made in CNY by bank transfer. Each invoice shall comply with PRC tax requirements.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature and shall apply for Final Acceptance no later than 60 days after Go-Live, in accordance with the project plan in Annex 2.
P:5.2 Final Acceptance requires that: (a) every function in the requirements specification in Annex 1 has passed the agreed test scripts; (b) a full weekly schedule for all nine kiln lines is produced in less than 10 minutes; (c) schedules are transferred to the MES and confirmed back without error for 20 consecutive production days; (d) planned and actual kiln utilisation differ by no more than three percentage points over that period; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 The Buyer shall carry out the acceptance tests with the Vendor and sign a Final Acceptance Certificate within ten business days after the criteria are met. Go-Live, use of the Software in production or payment of any instalment shall not be deemed acceptance. If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and give technical support free of charge.
P:6.2 Severity 1 incidents (scheduling or MES transfer unavailable for the plant) shall be responded to within one (1) hour, with a workaround within eight hours; Severity 2 incidents within two hours, with a fix within three business days; Severity 3 incidents in the next release. Remote support is available every day from 07:00 to 23:00 Beijing time.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Buyer CNY 1,500 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Vendor shall, if the Buyer so orders, provide annual support and updates for an annual fee of 11% of the Software licence fee, being CNY 140,800 per year. This fee shall not be increased for the first three support years. Each support year is ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify, and license them, and have them maintained by third parties, without restriction.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep, analyse or disclose it for any other purpose, whether or not anonymised or aggregated.
P:8.2 The Software is installed on the Buyer's servers in Foshan. Remote access by the Vendor requires the Buyer's approval for each session, runs through the Buyer's bastion host and is logged. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within six hours after becoming aware of it, take all necessary remedial action and cooperate with the Buyer's investigation. The Vendor is liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or to apply for Final Acceptance by the dates in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after written notice.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund all amounts paid for work not accepted and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Federative Republic of Brazil.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration and Mediation Center of the Brazil-Canada Chamber of Commerce (CAM-CCBC), seated in São Paulo, Brazil. The arbitration shall be conducted in English before three arbitrators.
H:Article 14 General
P:14.1 Annex 1 (Requirements Specification and Services) and Annex 2 (Project Plan) form part of this Agreement. If they conflict with these Articles, these Articles prevail.
P:14.2 This Agreement is signed in two English originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: Foshan Jinghua Ceramics Co., Ltd.    For the Vendor: Serra Planejamento Industrial Ltda.
"""

E02 = """# ORDER FORM — VIGIA EHS CLOUD

Order Form No. VG-CN-2027-0089 | Vigia EHS Tecnologia Ltda.

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the Customer accepts Part B. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Vigia EHS Tecnologia Ltda., a limited liability company registered in Brazil, Avenida Dom Aguirre, Sorocaba, São Paulo State, Brazil.

**Customer:** Shaoxing Hengyu Chemical Fibre Co., Ltd., a company registered in the People's Republic of China, Keqiao District, Shaoxing, Zhejiang Province.

### A2. Subscription

- **Service:** Vigia EHS Cloud, Enterprise edition: incident and near-miss reporting, permit-to-work, chemical inventory and safety data sheets, inspections and audits, corrective actions, training records and dashboards, with the Vigia mobile app.
- **Users:** up to 900 named users and 40 administrator users.
- **Subscription Term:** three (3) Subscription Years starting on the Service Start Date. A "Subscription Year" is each successive annual period beginning on the Service Start Date or on an anniversary of it.
- **Service Start Date:** the date of Go-Live Acceptance under Section 3 of Part B. Target Go-Live Date: 75 days after signature.
- **Hosting region:** Alibaba Cloud, Hangzhou region (mainland China).

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | per Subscription Year | 286,000 |
| Subscription fee, Subscription Year 2 | per Subscription Year | 286,000 |
| Subscription fee, Subscription Year 3 | per Subscription Year | 286,000 |
| Onboarding (configuration, data import, two training days on site, Go-Live support) | one-time | 64,000 |
| **Total Fees for the Subscription Term** | | **922,000** |

Fees include VAT. Additional users are charged pro rata at CNY 290 per user per Subscription Year.

### A4. Invoicing and Payment

- The onboarding fee is invoiced after Go-Live Acceptance.
- Each Subscription Year's fee is invoiced in four equal quarterly instalments of CNY 71,500, each at the start of the quarter it covers.
- Payment is due within 30 days of a valid invoice, by bank transfer in CNY to the Provider's account in China.

### A5. Service Levels

- **Monthly availability:** 99.95% of the Service, excluding scheduled maintenance announced at least five days ahead and performed between 01:00 and 05:00 Beijing time.
- **Priority 1** (Service unavailable or no user can submit incident reports): response within one (1) hour, 24 x 7; restoration target six hours.
- **Priority 2** (a module unavailable or seriously degraded): response within two hours during Business Hours; fix within two business days.
- **Priority 3** (other issues): response within one business day.
- **Service credits:** as set out in Section 4 of Part B.

### A6. Special Terms and Signature

- Mandarin-language user interface and Mandarin first-line support are included.
- Part B, Section 12 (liability) and Section 14 (governing law) apply without change.

For the Provider: ______________________ Name / Title / Date

For the Customer: ______________________ Name / Title / Date

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer, including personal information of the Customer's employees and contractors.

1.2 "Configurations" means the forms, workflows, risk matrices, report templates and dashboards configured by the Provider for the Customer.

1.3 "Business Hours" means 08:30 to 18:00 Beijing time on PRC working days.

### 2. Access and Use

2.1 The Provider grants the Customer and its affiliates in mainland China a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 The Customer is responsible for its users' credentials and shall not resell the Service or use it to build a competing product.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall complete onboarding by the Target Go-Live Date. Onboarding covers the configuration of the Customer's three plants, the import of the chemical inventory (about 2,400 substances) and open corrective actions, single sign-on with the Customer's directory and training.

3.2 Go-Live Acceptance requires that: (a) every Configuration in the agreed design workbook works as specified in the Customer's test scripts; (b) imported records reconcile with the source lists without error; (c) the mobile app submits an incident with photos in under five seconds on the plants' Wi-Fi; and (d) single sign-on works for all users. The Customer shall confirm Go-Live Acceptance in writing within five business days after the criteria are met.

3.3 If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay liquidated damages of 0.1% of the Total Fees for each day of delay, up to 8% of the Total Fees.

### 4. Service Levels and Service Credits

4.1 The Provider shall meet the service levels in Part A, Section A5, and report on them monthly.

4.2 If monthly availability falls below the committed level, the Customer receives a credit of 5% of the fees for that month for each 0.1 percentage point of shortfall or part of it, up to half of that month's fees. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 per late incident. Credits are set off against the next invoice.

### 5. Customer Data

5.1 Customer Data is and remains the property of the Customer. The Provider processes Customer Data only to provide the Service under this Order Form and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product training, in any form.

5.2 At the end of the Subscription Term the Provider shall make Customer Data available for export for 60 days and then delete it, and confirm the deletion in writing.

### 6. Security

6.1 The Provider shall keep Customer Data in mainland China, on infrastructure that holds an MLPS level-3 record, encrypted in transit and at rest, with role-based access, multi-factor authentication for administrators and audit logs.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours, investigate it, take remedial measures and assist the Customer with regulatory reports. The Provider is liable for losses caused by its breach of this Section 6.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Order Form and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by equivalent duties. These duties continue for three years after the Subscription Term ends.

### 8. Intellectual Property

8.1 The Provider owns the Service and all its underlying software.

8.2 The Configurations and any reports generated from Customer Data belong to the Customer, which may use, copy, modify and license them freely, including after the Subscription Term and with another provider.

### 9. Fees and Taxes

9.1 Fees are stated in Part A. Disputed amounts may be withheld in good faith while the parties resolve the dispute.

### 10. Term and Renewal

10.1 This Order Form runs for the Subscription Term. It then renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.2 The Provider may increase the fees for any renewal term by giving the Customer notice at least 30 days before the renewal term starts. The increased fees apply from the first day of that renewal term.

### 11. Termination

11.1 Either party may terminate this Order Form if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

11.2 If the Customer terminates for the Provider's breach, the Provider shall refund prepaid fees for the period after termination.

### 12. Liability

12.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

12.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six (6) months immediately preceding the event giving rise to the claim. This limit does not apply to breach of Section 6 or 7, to the Customer's payment obligations or to wilful misconduct.

### 13. Subcontracting

13.1 The Provider may use its hosting provider named in Part A. Any other subcontractor that will access Customer Data requires the Customer's prior written consent, and the Provider remains responsible for its subcontractors.

### 14. Governing Law and Jurisdiction

14.1 This Order Form is governed by the laws of Brazil.

14.2 The courts of the Judicial District of Sorocaba, State of São Paulo, Brazil, have exclusive jurisdiction over any dispute arising from this Order Form.

### 15. General

15.1 Notices must be in writing and sent to the addresses in Part A. This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR A GRAIN SILO MONITORING SYSTEM
P:Contract No. JFGS-PUR-2027-052
P:Buyer: Jiamusi Fengyuan Grain Storage Co., Ltd., Xiangyang District, Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Cerrado Sensores Agrícolas Ltda., Avenida João Naves de Ávila, Uberlândia, Minas Gerais, Brazil (the "Supplier").
P:The Buyer operates 71 steel silos and 16 flat warehouses for maize, soybean and rice at two depots. Following its procurement process, the Buyer awards the Supplier this Contract on the Buyer's standard terms for the supply, installation and commissioning of a grain temperature, moisture and CO2 monitoring system, and a perpetual licence of the monitoring software.
H:1. Definitions and Documents
P:1.1 "System" means the sensor cables, gateways, weather stations, monitoring software and all other items listed in Clause 2, installed and working together as described in the Technical Specification.
P:1.2 "Custom Work" means the silo and warehouse models, alarm rules, reports, dashboards and the interface to the Buyer's grain inventory system developed by the Supplier for the Buyer.
P:1.3 "Buyer Data" means all measurements, alarms, inventory data and other data collected, stored or generated by the System.
P:1.4 The Contract consists of these clauses, Annex A (Technical Specification), Annex B (Installation Plan) and Annex C (Acceptance Test Plan). These clauses prevail over the Annexes.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's Xiangyang and Huachuan depots, train the Buyer's staff and provide warranty service as set out in this Contract.
P:2.2 The Contract Price is CNY 2,509,400, fixed and inclusive of VAT, customs duties, transport to site, insurance, installation materials and the Supplier's travel, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature and moisture sensor cable, 28 m, 9 sensing points|1,420|980|1,391,600
TB:2|Wireless LoRa gateway with solar panel and battery|64|6,800|435,200
TB:3|SiloWatch monitoring software, perpetual licence, unlimited silos, 25 users|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||2,212,800
TB:4|Installation, configuration and commissioning, including Custom Work|1 lot|268,000|268,000
TB:5|Training of operators and administrators|1 lot|28,600|28,600
TB:|Contract Price|||2,509,400
P:2.3 Quantities may be adjusted by up to 5% at the unit prices above by written instruction of the Buyer.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price, within 15 business days after signature and receipt of the Supplier's advance-payment bank guarantee for the same amount.
P:3.2 Delivery and installation payment: 45% of the Contract Price, after all equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid VAT invoice. No other advance is payable.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the depots within 70 days after signature and complete installation and commissioning within 120 days after signature, in the order of silos given in Annex B, so that the silos filled first are monitored first.
P:4.2 Sensor cables shall be installed only in empty silos or in flat warehouses under the supervision of the Buyer's safety officer. The Supplier's staff shall follow the Buyer's rules for work at height, confined spaces and dust explosion prevention.
P:4.3 The Buyer shall provide site access, power at each gateway location and network access for the monitoring server.
H:5. Acceptance
P:5.1 Final Acceptance follows a trial operation of 45 days after commissioning. The System is accepted when: (a) every sensor point reports at the configured interval, with fewer than two missing readings per thousand; (b) temperature readings differ from a calibrated reference thermometer by no more than 0.5 C at the sampled points; (c) moisture readings agree with laboratory samples within the tolerance in Annex A; (d) high-temperature and CO2 alarms reach the duty officer by app and SMS within one minute in the alarm tests; (e) the inventory-system interface transfers silo status without error during the trial operation; and (f) the documentation and as-built drawings have been delivered.
P:5.2 Delivery, installation, trial operation, use of the System or any payment shall not be deemed acceptance. If the System fails any test, the Supplier shall remedy it at its own cost and the test shall be repeated.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During this period it shall repair or replace defective hardware, correct software defects and supply software updates free of charge, including parts, labour and travel.
P:6.2 Severity 1 faults (monitoring unavailable for a whole depot or alarms not delivered) shall be responded to remotely within one (1) hour, with a Supplier engineer or its authorised service partner in Heilongjiang on site within 48 hours if needed. Severity 2 faults (a silo or a gateway not reporting) shall be responded to within one business day and fixed within five business days.
P:6.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 1,000, and for each day by which an on-site visit is late CNY 2,000, deductible from the warranty retention or any amount due.
P:6.4 After the warranty, the Supplier shall offer annual support at no more than 7% of the Hardware and Licence Subtotal per year (CNY 154,896), fixed for the fourth and fifth years after Final Acceptance. Support is ordered by the Buyer year by year and never renews automatically.
P:6.5 The Supplier shall keep spare sensor cables and gateways equal to at least 2% of the installed quantity at its service partner's warehouse in Harbin during the warranty.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of the Supplier. The Buyer's licence is perpetual and irrevocable and covers use at any of the Buyer's depots.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall hand over the configuration files, report definitions and interface source code at Final Acceptance, and the Buyer may modify them and have them maintained by others.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep, copy or use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The monitoring server is installed in the Buyer's computer room. The Supplier shall harden it as required by Annex A, encrypt data transmitted from the gateways, and access the System remotely only through the Buyer's VPN with the Buyer's approval for each session.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within six hours, remedy it without delay and bear liability for losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's stocks, depots, security arrangements and business received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the warranty ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Its service partner in Heilongjiang is approved by the Buyer's signature of this Contract. The Supplier remains responsible for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for any part of the System not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.
H:14. General
P:14.1 This Contract is made in English and Chinese, in two originals for each party. Both versions are equally authentic.
P:14.2 Notices under this Contract shall be given in writing to the project contacts named in Annex B, by courier or by e-mail confirmed by courier. A change of contact takes effect when notified to the other party.
P:14.3 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. Force majeure does not excuse the Supplier's warranty obligations once the cause has ended.
P:14.4 Amendments to this Contract are valid only if made in writing and signed by authorised representatives of both parties.
P:Buyer: Jiamusi Fengyuan Grain Storage Co., Ltd.        Supplier: Cerrado Sensores Agrícolas Ltda.
"""

E04 = """# MANAGED APPLICATION SERVICES AGREEMENT

**Agreement No.** HTAM-MS-2027-006

**Customer:** Qingdao Haitong Agricultural Machinery Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China ("Customer").

**Provider:** Sul Digital Operações em TI Ltda., Rua Gonçalves Chaves, Pelotas, Rio Grande do Sul, Brazil ("Provider").

**Background.** Customer sells tractors, planters and spare parts through dealers in South America and runs a dealer portal and an ERP instance for its regional sales offices in Brazil, Argentina and Paraguay. Customer wishes to outsource the day-to-day operation and support of these applications to Provider for 36 months on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.3 "Service Commencement Date" means the day after Customer signs the Transition Acceptance Certificate under Section 3.

1.4 "Customer Data" means all data of Customer, its dealers and its customers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by written agreement of both parties, at the Charges in Schedule 3 unless the parties agree otherwise in writing. There is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current supplier within 60 days after signature (the "Transition Period"), following the transition plan agreed at the kick-off meeting.

3.2 Transition is complete when: (a) all runbooks, monitoring checks and escalation lists in the transition plan have been documented and approved by Customer; (b) Provider has handled all incidents and requests for 15 consecutive business days in shadow mode without a missed Priority 1 or Priority 2 target; (c) the service desk answers in Portuguese, Spanish, English and Mandarin; and (d) knowledge transfer sessions have been held for every application in Schedule 1. Customer shall sign the Transition Acceptance Certificate within five business days after these criteria are met. The start of shadow mode is not acceptance.

3.3 If Provider fails to complete Transition by the end of the Transition Period for reasons attributable to it, Provider shall pay Customer liquidated damages of 0.02% of the Total Contract Value for each day of delay.

## 4. Service Delivery

4.1 Provider shall perform the Services with skilled and experienced personnel, in accordance with good industry practice and the Service Levels.

4.2 Provider shall appoint a service delivery manager who speaks English and Mandarin and attends a monthly service review with Customer in Qingdao by video conference and a quarterly review in person.

4.3 Provider shall deliver a monthly service report showing Service Level performance, incidents, problems, changes and continual-improvement actions.

4.4 Customer shall give Provider the user accounts and remote connections needed for the Services and shall keep its third-party software licences and hosting contracts in force.

4.5 Provider shall keep a stable team. It shall not replace the service delivery manager or more than a quarter of the named team members in any quarter without Customer's consent, and shall give every new team member a documented handover before the person works on Customer's applications.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. If it misses a Service Level in a month, Customer is entitled to the service credits stated in Schedule 2, which are deducted from the next invoice.

5.2 If Provider misses the same Service Level in three consecutive months, Provider shall present a remediation plan within ten business days and implement it at its own cost.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all taxes payable in China, the service desk, monitoring tools and Provider's travel to Qingdao for the quarterly reviews.

6.2 The Transition fee is invoiced after Customer signs the Transition Acceptance Certificate. The Monthly Service Charge is invoiced monthly in arrears. Customer pays valid invoices within 30 days in CNY. No amount is payable in advance.

## 7. Intellectual Property

7.1 Runbooks, scripts, monitoring configurations, reports and documentation created by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including by handing them to a successor provider.

7.2 Provider's pre-existing tools and know-how remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables under Section 7.1.

## 8. Customer Data

8.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

8.2 On expiry or termination Provider shall return all Customer Data in its possession to Customer.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including prices, dealer terms, system designs and passwords, and shall not disclose it to any third party except its personnel and professional advisers who need to know it and are bound by equivalent duties.

9.2 These duties do not apply to information that is public through no fault of the receiving party or that must be disclosed by law. They continue for three years after this Agreement ends.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profits.

10.2 Each party's total liability under this Agreement is limited to 125% of the Total Contract Value, except for personal injury, fraud, wilful misconduct and breach of Section 9.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the Priority 1 resolution target in three months of any six-month period.

12.2 Either party may terminate this Agreement if the other party becomes insolvent.

12.3 On expiry or termination Provider shall provide exit assistance for up to 60 days, at the Monthly Service Charge pro rata, to transfer the Services to Customer or a successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The language of the arbitration is English.

## 14. General

14.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals.

14.3 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits are not payable for the affected period.

For Customer: ______________________ For Provider: ______________________

## Schedule 1 — Services

| No. | Service | Scope |
|---|---|---|
| 1.1 | Service desk | Single point of contact for dealer and office users, by portal, e-mail and phone, 24 x 7; four languages |
| 1.2 | Application monitoring | Monitoring of the dealer portal, ERP instance, integrations and batch jobs, 24 x 7, with alert handling |
| 1.3 | Incident and problem management | Diagnosis, workaround and resolution of incidents; root-cause analysis for every Priority 1 incident |
| 1.4 | Application maintenance | Configuration changes, minor enhancements up to 120 hours per month, master-data corrections |
| 1.5 | Release and change management | Testing and deployment of vendor patches and releases in the agreed windows |
| 1.6 | Dealer onboarding | Set-up of new dealers, users and price lists within three business days of request |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit per missed incident |
|---|---|---|---|---|
| P1 | Dealer portal or ERP down, or ordering impossible for a country | 30 minutes, 24 x 7 | 6 hours | 3% of the Monthly Service Charge |
| P2 | A major function degraded for many users | 1 hour, 24 x 7 | 1 business day | 1% of the Monthly Service Charge |
| P3 | A single user or minor function affected | 8 business hours | 5 business days | none |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | — | 1% of the Monthly Service Charge |

Service credits in any month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 96,000 |
| Monthly Service Charge | per month, in arrears, 36 months | 58,000 |
| Monthly Service Charges for the Service Term | 36 x 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |

Additional enhancement work beyond the monthly allowance is charged at CNY 520 per hour, only on Customer's written order.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DHG-AGD-2027-031

BETWEEN

Dalian Huanyu Grain and Oils Trading Co., Ltd., a company registered in the People's Republic of China, Zhongshan District, Dalian, Liaoning Province ("Customer")

AND

AgroDados Inteligência Agrícola Ltda., a company registered in Brazil, Avenida Brasil, Maringá, Paraná, Brazil ("Provider")

BACKGROUND

Customer imports soybean and maize from Brazil and needs timely data on crop conditions, weather, harvest progress and freight in the producing states. Provider collects and models such data and delivers it through an application programming interface (API) and web dashboards. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means the AgroDados data feeds, the AgroDados API, the web dashboards and the documentation described in Schedule A.

1.2 "Subscription Year" means each of the two consecutive annual periods starting on the Activation Date and on its first anniversary. The two Subscription Years together form the "Subscription Term".

1.3 "Activation Date" means the date on which Customer confirms Integration Acceptance under Clause 4.

1.4 "Customer Data" means all data that Customer uploads to or generates in the Data Services, including its sourcing regions, supplier lists, contract positions, saved queries and user information.

1.5 "Custom Outputs" means the sourcing-region yield model calibrated for Customer, the custom dashboards and the alert rules built by Provider for Customer.

2. SCOPE OF THE DATA SERVICES

2.1 Provider shall provide Customer with: (a) daily crop-condition indices for soybean and maize by municipality in Paraná, Mato Grosso, Mato Grosso do Sul, Goiás and Rio Grande do Sul; (b) weather observations and 15-day forecasts; (c) weekly harvest and planting progress; (d) monthly yield forecasts; (e) inland freight and port line-up indicators; and (f) historical data from the 2010/11 crop season onwards.

2.2 Customer may use the Data Services for its internal business purposes and those of its affiliates in mainland China, with up to 35 named dashboard users and up to five million API calls per month.

2.3 Provider shall give Customer at least 60 days' notice before removing any data field or API version, and shall keep the replaced API version running for at least 90 days after the new version is available.

2.4 Provider shall provide two online training sessions for Customer's analysts during each Subscription Year, a named account manager who speaks English, and analyst support by e-mail on Beijing business days. Questions about the methodology of an index or forecast shall be answered within two business days.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 398,000 for each Subscription Year, CNY 796,000 for the Subscription Term. The one-time integration fee is CNY 42,000. The total fees for the Subscription Term are CNY 838,000 ("Total Fees"), including VAT.

3.2 API calls above five million in a month are charged at CNY 0.08 per thousand calls, invoiced monthly in arrears. Such charges are not part of the Total Fees.

3.3 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced in four quarterly instalments of CNY 99,500, each at the start of the quarter it covers. Customer pays valid invoices within 30 days in CNY.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall make the Data Services available and support Customer's integration with its trading and risk system, so that Integration Acceptance can take place within 45 days after signature.

4.2 Integration Acceptance requires that: (a) every endpoint in Schedule A returns data in the documented format for all regions and crops in Clause 2.1; (b) the median API response time measured over five business days is below 800 milliseconds; (c) the historical data set is complete and reconciles with Provider's published season totals; (d) the Custom Outputs have been delivered and tested against Customer's test cases; and (e) Customer's trading system has received the daily feed without error for ten consecutive business days.

4.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Access to a test environment is not acceptance.

4.4 If Integration Acceptance is delayed beyond the date in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 40,000.

5. SERVICE LEVELS

5.1 Provider shall make the AgroDados API and the dashboards available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out on Sundays between 00:00 and 06:00 Beijing time.

5.2 Daily data shall be published by 07:30 Beijing time. Priority 1 incidents (API unavailable, or daily data missing or materially wrong) shall be responded to within two hours at any time and resolved or worked around within eight hours. Priority 2 incidents shall be responded to within one business day.

5.3 If monthly availability is below the level in Clause 5.1, Customer shall receive a service credit of 5% of the monthly share of the subscription fee for each half percentage point of shortfall or part of it. If daily data is published late on more than three days in a month, Customer shall receive a further credit of 3% of that monthly share. Credits are deducted from the next invoice.

6. INTELLECTUAL PROPERTY

6.1 Provider owns the Data Services, its databases and its general models. Customer receives a licence to use them during the Subscription Term as set out in Clause 2.2, and may keep and use data downloaded during the Subscription Term for its internal records after it ends.

6.2 The Custom Outputs are created for Customer and belong to Customer. Provider shall deliver the model parameters, code and documentation of the Custom Outputs on request, and Customer may use, modify and license them without restriction.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Data Services to Customer and shall not use it for any other purpose, including to improve its models or products, in identifiable, anonymised or aggregated form.

7.2 Provider shall store Customer Data in a data centre in mainland China operated by a provider holding an MLPS level-3 record, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least 180 days.

7.3 Provider shall notify Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain and remedy it, and be liable for the losses caused by its breach of this Clause 7.

7.4 Within 30 days after the Subscription Term ends, Provider shall return Customer Data in a standard format and then delete it and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's sourcing regions, positions and trading strategies, and shall use it only for this Agreement. This obligation continues for three years after the Subscription Term ends.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss or for loss of profit. Provider does not guarantee the accuracy of forecasts, which are estimates.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of Clauses 7 and 8, fraud and wilful misconduct.

10. SUBCONTRACTING

10.1 Provider may not subcontract the performance of its obligations, or allow a subcontractor to access Customer Data, without Customer's prior written consent. Provider's data centre operator in mainland China named in Schedule A is approved.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It may be renewed only by a new written agreement. There is no automatic renewal.

11.2 Provider may suspend the Data Services if an undisputed invoice is unpaid 30 days after a written reminder, and may terminate this Agreement if the amount remains unpaid 30 days after suspension.

11.3 The Subscription Term is a fixed commitment. Customer may not terminate this Agreement before the end of the Subscription Term for any reason, and the fees for the whole Subscription Term remain payable. Customer's remedies for any breach by Provider are the service credits under Clause 5.3 and damages within the limits of Clause 9.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The arbitration shall be conducted in English.

13. GENERAL

13.1 Schedule A (Data Services and API Specification) forms part of this Agreement.

13.2 Notices must be in writing and sent to the addresses above, with a copy by e-mail to the contacts in Schedule A.

13.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters or a general failure of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.4 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.

SIGNED for Customer: ______________________  SIGNED for Provider: ______________________
"""

# ---------------------------------------------------------------- files, labels, checks

FILES = {
    "z01": ("h803z01_gas_cylinder_safety_platform.pdf", Z01),
    "z02": ("h803z02_hand_warmer_line_control_retrofit.docx", Z02),
    "z03": ("h803z03_paddleboard_chain_booking_saas.txt", Z03),
    "z04": ("h803z04_scenic_cableway_monitoring_om_service.txt", Z04),
    "z05": ("h803z05_micro_carving_process_tracking_supplier_template.md", Z05),
    "e01": ("h803e01_ceramics_aps_perpetual_licence_brazil_vendor.pdf", E01),
    "e02": ("h803e02_ehs_saas_order_form_sorocaba_vendor.md", E02),
    "e03": ("h803e03_grain_silo_sensors_monitoring_licence.docx", E03),
    "e04": ("h803e04_managed_application_services_36_months.md", E04),
    "e05": ("h803e05_crop_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#       acceptance_deemed_on_delivery, contract_value)
DESIGN = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 2064000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 26, False, True,
                         True, "PRC", G], True, True, True, False, 1536000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 614000),
    "z04": ("services", [None, 20 / 60, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                         False, True, False, "PRC", S], True, True, None, False, 468000),
    "z05": ("software", [None, None, False, "supplier", True, False, True, None, 50, 65, False, False, 6, None, False,
                         True, None, "PRC", G], False, False, False, True, 424000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "Brazil", G], True, True, True, False, 2090000),
    "e02": ("cloud", [99.95, 1, True, "buyer", True, True, True, 0.1, 6 / 36 * 100, None, True, None, None, None, True,
                      True, False, "Brazil", S], True, True, None, False, 922000),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True,
                         False, "PRC", G], True, True, True, False, 2509400),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 0.02, 125, None, True, None, None, None, False,
                         True, False, "PRC", S], True, True, None, False, 2184000),
    "e05": ("cloud", [99.5, 2, True, "buyer", True, True, True, 800 / 838000 * 100, 150, None, True, None, None, None,
                      False, False, False, "PRC", S], True, True, None, False, 838000),
}

DESIGN_RULES = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
}

# itemised licence / hardware subtotal (TCO fee base) and dispute forum outside mainland China
TCO_BASE = {"z01": 1160000, "z02": 1372000, "z05": 186000, "e01": 1280000, "e03": 2212800}
FORUM_OUTSIDE = {"e01": True, "e02": True}
# price sums, as stated in the texts
SUMS = {
    "z01": [1160000, 684000, 152000, 68000],
    "z02": [486000, 114000, 318000, 194000, 260000, 146000, 18000],
    "z03": [30 * 6800 * 2, 48000 * 2, 86000, 24000],
    "z04": [216000, 118000, 96000, 38000],
    "z05": [186000, 212000, 26000],
    "e01": [1280000, 540000, 226000, 44000],
    "e02": [286000 * 3, 64000],
    "e03": [1420 * 980, 64 * 6800, 386000, 268000, 28600],
    "e04": [36 * 58000, 96000],
    "e05": [398000 * 2, 42000],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, vals, sla, ld_stated, capped, deemed, value = DESIGN[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lang = "zh" if key.startswith("z") else "en"
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(DESIGN_RULES[key])}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """Policy §3, as I read it, applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, lab)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMW = r"(?:%|％|percent|per\s*cent)"
CN = "一二三四五六七八九十"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*个?\s*小\s*时", r"(?<![十\d])四\s*个?\s*小\s*时", r"(?<![\d.])4\s*-?\s*hours?\b",
    r"\bfour\s*(?:\(\s*4\s*\)\s*)?-?\s*hours?\b", r"(?<![\d.])4\s*h\b",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十百千\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUMW, r"百分之(?:一)?百(?![零一二三四五六七八九十])",
    r"\bone\s*hundred\s*(?:percent|per\s*cent)",
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUMW, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*(?:\(\s*30\s*\)\s*)?" + NUMW,
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUMW, r"百分之十五(?![一二三四五六七八九点])", r"\bfifteen\s*(?:\(\s*15\s*\)\s*)?" + NUMW,
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUMW, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*(?:\(\s*40\s*\)\s*)?" + NUMW,
    r"(?<![\d.,])12\s*-?\s*(?:calendar\s*)?months?", r"(?<![" + CN + r"\d])十二\s*个?\s*月", r"(?<![\d.,])12\s*个\s*月",
    r"\btwelve\s*(?:\(\s*12\s*\)\s*)?-?\s*(?:calendar\s*)?months?", r"(?<![第" + CN + r"\d])一\s*年(?!度)",
    r"\bone\s*-?\s*years?\b", r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![\d.,])5\s*-?\s*years?\b", r"\bfive\s*(?:\(\s*5\s*\)\s*)?-?\s*years?\b", r"(?<![第" + CN + r"\d])五\s*年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9", "4小时", "4 小时", "四小时", "四个小时", "within 4 hours", "four (4) hours",
            "four hours", "4-hour", "0.05%", "万分之五", "千分之零点五", "100%", "100 %", "百分之百", "one hundred percent",
            "30%", "30 per cent", "百分之三十", "thirty per cent", "15%", "百分之十五", "fifteen percent", "40%",
            "百分之四十", "forty per cent", "12个月", "十二个月", "12 months", "12-month", "twelve (12) months",
            "twelve calendar months", "一年", "one year", "1 year", "五年", "5 years", "five (5) years", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之五十",
             "130%", "1,100%", "300%", "115%", "240%", "百分之三十五", "112 months", "24 months", "二十四个月",
             "三十二个月", "第一年", "第五年", "2015年", "25 years", "fifteen days", "thirty (30) days",
             "第一服务年度", "每服务年度", "fifth years", "four business days", "0.08%", "万分之八"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for m in RX.finditer(f)})


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))

    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, rows = set(), []
    for key, (name, src) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(SUMS[key]) == x["contract_value"], (key, sum(SUMS[key]))
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        share = tco_share(key, lab)
        assert share is None or abs(share - 40) > 2, (key, share)
        got = derive(key, lab)
        assert got == sorted(DESIGN_RULES[key]), (key, got)
        covered |= set(got)
        text = read_back(OUT / name)
        n = length(text, key.startswith("z"))
        lo, hi = (2750, 3000) if key.startswith("z") else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((key, n, risk(got), "%.2f" % share if share is not None else "-", ", ".join(got) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    nrules = {k: len(DESIGN_RULES[k]) for k in FILES}
    assert [k for k in FILES if nrules[k] == 0] == ["z01", "e03"]
    assert DESIGN_RULES["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN_RULES["e01"]) == "low"
    assert 8 <= nrules["z05"] <= 10
    assert sorted(k for k in FILES if 2 <= nrules[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    for r in rows:
        print(*r, sep=" | ")
    print("all checks passed")


if __name__ == "__main__":
    main()
