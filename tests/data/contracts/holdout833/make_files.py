"""holdout833: builds the ten drafts from the sources below, writes the .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf come from ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:梯田保护监测平台建设项目合同
P:合同编号：NYJ-ZFCG-2027-031
P:采购人（甲方）：某市农业农村局
P:供应商（乙方）：云岭智田信息技术有限公司
P:本合同依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件订立。招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供梯田保护监测平台软件使用许可（永久许可，不限用户数），并在此基础上完成定制开发，包括梯田遥感识别与变化监测模块、撂荒及损毁图斑核查流程、巡查人员移动端应用、与省级耕地保护监管平台的数据接口。
P:1.2 乙方负责平台在甲方政务云环境中的部署、历史图斑及巡查数据的初始化导入、系统联调和用户培训。
P:1.3 项目交付期限：自合同签订之日起一百五十日内完成部署并提请初验。
P:1.4 乙方应派驻项目经理一名及不少于四名实施工程师，项目经理须具有同类项目经验，未经甲方书面同意不得更换。乙方应在合同签订后十日内提交详细实施计划，经甲方确认后执行。
P:1.5 培训内容包括系统管理、图斑核查、移动端巡查及数据统计分析，面向市、县两级业务人员，累计不少于六期，每期培训结束后由乙方组织考核并提交培训记录。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,966,000元（大写：壹佰玖拾陆万陆仟元整），含税，为固定总价，包括软件许可、定制开发、实施部署、培训及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费1,160,000元；定制开发费628,000元；实施部署及数据初始化费142,000元；培训费36,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即393,200元。
P:3.2 系统完成部署并通过初验后，甲方支付合同总价的45%，即884,700元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即688,100元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票，并附相应阶段的验收或确认文件。甲方按财政国库集中支付程序付款。
H:第四条 验收
P:4.1 初验条件：全部功能按招标文件技术要求实现；遥感识别模块对甲方提供的抽检样本识别准确率不低于92%；移动端在甲方指定的三个乡镇完成试用；与省级平台接口连续十日数据交换无差错。
P:4.2 初验通过后系统试运行九十日。试运行期间未发生一级故障、累计二级故障不超过三次，且第三方测评机构出具的安全测评报告无高风险问题的，甲方组织最终验收。
P:4.3 甲方应在乙方提交验收申请后十个工作日内组织验收并出具书面意见。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。系统上线试运行、甲方使用或支付部分款项均不视为验收合格。
H:第五条 服务水平
P:5.1 质保期内平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间。
P:5.2 故障分级及响应：一级故障（平台整体不可用或数据无法上报）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决；三级问题在五个工作日内解决。
P:5.3 一级故障响应每超时1小时，乙方向甲方支付800元；月度可用率每低于承诺值0.01个百分点，乙方支付1,000元。上述款项可从应付款中直接扣除。
H:第六条 质保及后续维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和每季度一次的现场巡检。
P:6.2 质保期内乙方每半年向甲方提交一次运行分析报告，内容包括故障统计、处理情况、性能指标及优化建议，并配合甲方完成省级主管部门的检查工作。
P:6.3 质保期满后，甲方如需继续由乙方提供维护服务，年维护费不超过平台软件许可费的8%，即每年不超过92,800元，且在质保期满后的三个服务年度内不予上调。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、移动端应用、数据接口及其源代码和技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交，甲方可自行或委托第三方修改、使用和部署。
P:7.3 乙方保证所交付的软件不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的遥感影像成果、梯田图斑、巡查记录和农户信息等全部数据归甲方所有，乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储和操作审计，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝至甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
P:8.4 合同终止或维护服务结束后，乙方应在十五日内将其掌握的全部项目数据返还甲方，删除留存副本，并向甲方出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、地理信息数据及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在合同终止后继续有效，直至相关信息依法公开为止。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 甲方义务
P:14.1 甲方应按时提供政务云资源、网络环境及必要的历史数据，并指定项目联系人协调各乡镇试用工作。
P:14.2 甲方提供的数据存在错误或缺失的，乙方应及时书面提出，双方协商处理，由此延误的工期相应顺延。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:15.3 附件：技术要求及功能清单；分项报价表；实施计划；验收方案。
P:甲方（盖章）：某市农业农村局        乙方（盖章）：云岭智田信息技术有限公司
P:签订日期：2027年3月____日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：XK-GZ-2027-008
P:甲方（买方）：佛山市锦辉相框制品有限公司
P:乙方（卖方）：广州恒控自动化工程有限公司
P:甲方拟对其实木相框、铝合金相框两条生产线的控制系统进行升级改造，乙方具备相应设计、供货及实施能力。双方经友好协商，就改造项目的设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 项目范围
P:1.1 乙方负责两条生产线（开料、拼角、喷涂、装框四个工段）控制系统的改造，包括控制柜更换、伺服系统改造、视觉检测单元加装、人机界面更换，以及产线数据采集网关和配套软件的部署。
P:1.2 乙方负责编制改造方案、提供设备及软件、完成现场安装、程序编写、单机及联动调试，开发配方管理和产线联动程序，并对甲方操作及维修人员进行培训。
P:1.3 改造须利用甲方春节及两次周末停产窗口分段实施，每次停线不得超过七十二小时，乙方应事先提交停线计划并经甲方书面确认。
H:第二条 设备、软件及价格
P:2.1 本合同总价为人民币1,940,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含主控制器、I/O模块、柜体）|6套|612,000
TB:2|伺服驱动器及伺服电机|48套|438,000
TB:3|视觉检测单元（工业相机、光源、检测软件）|4套|286,000
TB:4|工业触摸屏人机界面|10台|96,000
TB:5|产线数据采集网关及采集软件许可|2套|214,000
TB:|软硬件小计||1,646,000
TB:6|安装调试及停线切换|1项|148,000
TB:7|配方管理及产线联动程序定制开发|1项|126,000
TB:8|操作及维修培训|1项|20,000
TB:|合同总价||1,940,000
P:2.2 各项设备均为原厂全新产品，乙方应提供产品合格证、出厂检验报告及中文使用说明书。主要部件品牌及型号以附件设备清单为准，未经甲方书面同意不得替换。
P:2.3 上述价格包含设备运输、保险、装卸、安装辅材及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方向乙方支付合同总价的35%作为预付款，即679,000元。
P:3.2 全部设备到货并完成安装、两条产线恢复生产后，甲方支付合同总价的45%，即873,000元。到货安装及恢复生产不视为验收合格。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的20%，即388,000元。
P:3.4 乙方应在每次收款前开具等额增值税专用发票。
H:第四条 交货及工期
P:4.1 乙方应在合同签订后六十日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装调试。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及随机资料，开箱清点仅作为数量确认。
P:4.3 乙方现场人员应遵守甲方厂区安全生产、消防及环保管理规定，动火、登高及带电作业须办理作业许可。因乙方违规作业造成的人身伤害或财产损失由乙方承担。
P:4.4 甲方负责提供施工用电、设备临时存放场地及停线窗口，并指定生产部门负责人配合现场协调。甲方未按约定提供停线窗口的，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：两条产线在改造后连续运行二十个生产日，单线节拍达到每小时一百八十件；拼角工段定位偏差不大于0.2毫米；视觉检测漏检率低于0.5%；配方切换时间不超过三分钟；数据采集网关连续采集无缺失，且未发生因控制系统导致的整线停机。
P:5.2 乙方在满足上述条件后书面提请最终验收，甲方应在七个工作日内组织验收并签署验收报告。验收不合格的，乙方应在十日内整改并重新提请验收。
P:5.3 设备安装、产线恢复生产或甲方支付部分款项，均不视为验收合格。
P:5.4 验收时乙方应提交竣工图纸、电气原理图、程序备份、参数清单、操作及维修手册，资料不全的，甲方有权暂缓验收。
H:第六条 质保及维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换，并免费提供程序升级。
P:6.2 故障响应：一级故障（整条产线停机）乙方应在1小时内响应，8小时内到场处理；二级故障（单工段停机或检测功能失效）在2小时内响应，次日到场；其他问题在三个工作日内处理。一级故障响应每超时1小时，乙方向甲方支付600元。
P:6.3 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的26%计取，即每年427,960元，在质保期满后的五个年度内不作上调。维保内容包括每季度现场巡检、备件更换、程序维护及7×24小时电话支持。
P:6.4 维保费按年度预先支付，甲方可在每个维保年度开始前三十日书面通知乙方停止下个维保年度的维保服务。维保期间乙方应建立设备档案，记录每次巡检及维修情况，并在每个维保年度结束时提交年度维保报告。
H:第七条 知识产权
P:7.1 设备内置软件及标准软件产品的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、人机界面组态、配方管理及产线联动程序的源程序和文档归甲方所有，乙方应在验收时移交，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 产线运行数据、产品配方、工艺参数和质量记录归甲方所有，乙方仅为本合同目的使用，不得复制、留存或提供给第三方。
P:8.2 乙方远程维护须经甲方逐次书面授权，通过甲方提供的加密通道进行，维护完成后立即断开连接并提交操作记录。
P:8.3 因乙方原因导致甲方数据泄露、损毁或被恶意篡改的，乙方应在发现后2小时内通知甲方，配合恢复，并承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方人员在甲方厂区内不得拍摄与本项目无关的产品、模具及生产场景。
P:9.2 双方对在合同履行中获得的对方技术资料、经营信息及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至该信息公开之日止。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成停线时间超出计划的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或人身伤害产生的责任不受此限。
H:第十一条 分包
P:11.1 乙方不得转包本项目。电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。分包方人员进场前应接受甲方安全培训。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使本合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 附件一设备清单及技术参数、附件二改造方案、附件三停线计划、附件四验收大纲，均为本合同不可分割的组成部分。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年____月____日
"""

Z03 = """沙滩排球培训门店预约及会员管理系统服务合同

合同编号：SBV-IT-2027-02
甲方：海岸线沙排体育发展（厦门）有限公司
乙方：杭州约球云科技有限公司

甲方在全国经营四十家沙滩排球培训门店，现采购乙方的预约及会员管理云服务（以下简称“云服务”）及配套实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供云服务，功能包括课程排期、教练排班、场地预约、会员储值及课时包管理、线上支付对账、会员小程序、经营报表。
2. 甲方总部账号可查看全部门店数据，门店账号仅可查看本店数据。新增门店按本合同单价另行计费。每家门店可开通不超过八个员工账号，总部管理账号数量不限。
（二）实施服务
1. 乙方负责将甲方现有会员档案、剩余课时及储值余额从原系统迁移至云服务，并逐店核对。
2. 乙方负责会员小程序的页面配置和品牌定制、与甲方财务系统的对账接口开发、门店管理人员培训。
3. 实施期限：自合同签订之日起六十日内完成全部门店上线。
4. 乙方应指定一名实施项目经理，按区域分批组织门店上线，每批上线前提交切换方案，切换当日安排人员远程值守，确保门店当日课程不受影响。
5. 培训包括总部管理员培训和门店店长、前台、教练培训，乙方应提供操作手册和培训视频，培训结束后进行上机考核。
（三）持续支持
1. 服务期内乙方提供7×24小时故障受理热线和在线工单系统，并为甲方指定一名客户成功经理，每季度回访一次，提交服务报告。
2. 云服务版本更新应提前五个工作日通知甲方，涉及会员端界面或支付流程变化的，应事先与甲方确认并提供更新说明。
3. 甲方门店数量在服务年度内增加或减少的，订阅费按实际门店数和剩余月份折算，在下一次付款时多退少补。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自全部门店上线验收通过之日起算，第二个服务年度紧接其后。
（二）服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整订阅单价，调整幅度由乙方确定，并于续期前十五日通知甲方。

三、费用及支付
（一）订阅费：每门店每服务年度5,800元，四十家门店每服务年度合计232,000元，两个服务年度合计464,000元。
（二）实施费：一次性86,000元。
（三）合同总价：人民币550,000元（含税）。
（四）支付方式：
1. 实施费在全部门店上线验收通过后十个工作日内一次付清。
2. 订阅费按服务年度支付，甲方在每个服务年度开始后十五日内支付当年度订阅费。
3. 乙方收款前应开具增值税普通发票，发票内容应列明服务年度及门店数量。

四、上线验收
（一）验收标准：会员、课时及储值余额迁移结果与原系统逐店核对一致；四十家门店均可正常完成预约、签到、消课和支付；对账接口连续十日与甲方财务系统核对无差异；小程序在高峰时段页面响应时间不超过2秒。
（二）乙方提交上线报告后，甲方应在五个工作日内组织验收并出具书面意见。门店试用或甲方支付费用均不视为验收通过。验收不通过的，乙方应在七日内整改后重新提请验收，整改期间不计入服务年度。

五、服务水平
（一）云服务月度可用率不低于99.95%，计划维护应安排在每日零点至六点之间，并提前两个工作日通知甲方。
（二）故障分级：一级故障指全部或多家门店无法预约、支付或登录，乙方应在30分钟内响应，2小时内恢复，并在恢复后两个工作日内提交故障分析报告；二级故障指单店或单一功能异常，乙方应在2小时内响应，当日内解决；三级问题在三个工作日内解决。
（三）服务补偿：月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务补偿；低于99%的，补偿比例为当月订阅费的10%；一级故障响应或恢复超时的，每次另行补偿1,000元。补偿款从下一期订阅费中抵扣。
（四）乙方应在每月前五个工作日内向甲方提供上月服务报告，列明可用率、故障次数、响应及恢复时间和补偿金额。甲方对报告有异议的，双方以乙方系统日志及甲方门店记录共同核实。
（五）因甲方网络、第三方支付渠道或不可抗力导致的不可用时间不计入可用率考核，但乙方应协助甲方排查并提供替代方案。

六、数据
（一）甲方及其会员在云服务中产生的会员档案、预约记录、交易流水等数据归甲方所有。
（二）甲方同意，乙方可在去除会员姓名、手机号等身份标识后，将上述数据汇总用于行业分析报告和乙方产品改进，且该等使用不受服务期限限制。
（三）数据安全：乙方应将甲方数据存储于中国境内的数据中心，按网络安全等级保护第三级要求进行防护，对会员手机号、支付信息加密存储，员工访问实行最小权限并保留操作日志。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。
（五）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在交付后删除甲方数据。

七、知识产权
（一）云服务平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面设计、品牌素材、对账接口程序及报表模板归甲方所有，甲方可自行使用、修改或交由第三方维护。

八、保密
双方对因合作知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。

九、违约责任
（一）乙方未能按期完成全部门店上线的，每延误一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。
（三）一方违约给对方造成损失的，应予赔偿，乙方的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权造成的损失不受此限。

十、甲方义务
（一）甲方应按时提供原系统数据导出文件及门店清单，并指定总部联系人协调门店上线。
（二）甲方应妥善保管管理员账号和密码，因甲方保管不善造成的账号泄露由甲方自行负责，但乙方应协助处理。
（三）甲方应确保其向会员收集个人信息已取得会员同意，并在小程序中公示隐私政策。

十一、分包
乙方不得将本合同项下的实施服务转包或分包。确需第三方协助的，应事先征得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）乙方连续两个月未达到服务水平承诺的，甲方有权解除本合同，乙方应退还未使用服务期对应的订阅费。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。附件：功能清单、门店清单、实施计划。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

Z04 = """某市城市地下综合管廊运维监控系统运行维护服务合同

项目编号：ZJJ-CS-2026-117（竞争性磋商）
采购人（甲方）：某市住房和城乡建设局
供应商（乙方）：中城管廊智慧运维（南京）有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就某市城市地下综合管廊运维监控系统的运行维护服务订立本合同。

第一条 服务范围
（一）服务对象为甲方已建成的管廊运维监控系统，覆盖全市六段、总长约三十八公里的综合管廊，包括监控中心平台软件、环境与设备监控子系统、视频监控子系统、安防及门禁子系统、火灾报警联动接口、通信网络及服务器存储设备。
（二）服务内容包括：监控中心驻场值守及运行监测；系统软硬件日常巡检、预防性维护和故障处理；传感器及摄像机校准与更换；平台数据备份与安全加固；应急演练配合；月度、年度运维报告编制。
（三）乙方应在监控中心设立备品备件库，常用传感器、摄像机、交换机及电源模块的库存数量不低于附件所列标准，备件出入库应登记并每月报甲方核对。
（四）本合同不包括管廊土建结构、管线本体及机电设备（风机、水泵、照明）的维修，但乙方发现相关异常时应及时报告甲方。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期内遇重大活动、汛期或极端天气，乙方应按甲方要求增派人员加强值守，所需费用已包含在合同价款内。服务期满本合同自动终止，甲方如需继续采购，依法另行组织采购。

第三条 服务人员
（一）乙方应在监控中心安排驻场运维人员不少于六人，实行三班制，每班不少于两人，确保7×24小时值守。驻场负责人应具有五年以上相关系统运维经验，并持有相应的职业资格证书。
（二）乙方驻场人员名单须报甲方备案，更换人员应提前七日书面告知甲方并经甲方同意，新任人员资质不得低于原人员。
（三）乙方应每半年对驻场人员进行一次系统操作、应急处置和有限空间作业安全培训，培训记录报甲方备案。
（四）乙方人员进入管廊作业应遵守甲方及管廊运营单位的安全管理规定，执行有限空间作业审批程序。

第四条 服务费用及支付
（一）本合同服务费总额为人民币826,000元（含税），其中：驻场运维人员费468,000元；系统巡检及软硬件维护费236,000元；备品备件费84,000元；应急演练及报告编制费38,000元。
（二）服务费按季度支付。每季度结束后，甲方依据本合同第六条完成季度考核，并在考核结果确认后十五个工作日内支付该季度服务费，应扣减的款项从当期服务费中扣除。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）监控中心平台年度可用率不低于99.95%；视频及环境监测点位应保持在线，离线点位应在两个工作日内恢复。
（二）故障响应：一级故障（监控平台中断、火灾报警联动失效或整段管廊监测中断）乙方应在15分钟内响应，1小时内到场，6小时内恢复；二级故障（单个子系统或单舱段异常）30分钟内响应，当日内恢复；三级故障（单点设备故障）两个工作日内修复。
（三）服务扣款：一级故障响应每超时1小时扣款2,000元，恢复每超时1小时扣款1,000元；平台可用率每低于承诺值0.01个百分点扣款1,500元；离线点位超过两个工作日未恢复的，每个点位每日扣款200元。扣款从当季服务费中扣除。

第六条 考核与验收
（一）季度考核：甲方每季度对乙方的值守记录、巡检完成率、故障处理时效、报告质量和点位恢复情况进行考核，考核评分低于八十分的，甲方有权要求乙方限期整改。
（二）年度验收：服务期满后，乙方提交年度运维总结、设备台账、备件使用清单及系统配置文档，甲方组织验收。验收标准为：全年巡检计划完成；设备台账与现场一致；备件使用记录完整；平台及各子系统运行正常，配置文档与现场一致。验收不合格的，乙方应在二十日内整改。
（三）月度报告：乙方应在每月五日前提交上月运维报告，内容包括值守情况、巡检完成情况、故障统计及处理情况、备件消耗、系统运行分析及隐患整改建议。
（四）服务期开始时，乙方应在十日内完成与原运维单位的交接，交接清单经甲方确认。

第七条 数据安全
（一）监控系统中的监测数据、视频录像、管线信息和管廊结构图纸均属于甲方，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他任何目的。
（二）乙方应落实网络安全等级保护要求，严格执行账号权限管理，远程维护须经甲方审批并通过堡垒机进行，严禁在监控网络中接入未经检测的移动存储设备。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担全部责任。
（四）乙方应每日对平台配置和监测数据进行备份，每季度开展一次恢复测试。服务期满或合同终止时，乙方应将全部数据、账号及口令移交甲方，并删除其持有的任何副本，出具书面确认。

第八条 保密
乙方及其人员对在服务过程中知悉的管廊布局、管线信息、安防部署及甲方其他非公开信息负有保密义务，不得以任何形式向第三方披露。乙方应与驻场人员签订保密承诺书，人员离场时收回其门禁卡、账号及全部资料。保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务期间编制的运维报告、巡检记录、应急预案、配置文档及运维脚本归甲方所有，甲方可自由使用和修改。乙方自带的运维工具软件，其知识产权仍归乙方所有，乙方不得在其中留存甲方数据。

第十条 第三方协作
乙方可将备品备件供应、摄像机及传感器更换安装等部分工作交由第三方承担，但应提前五个工作日书面告知甲方第三方名称及工作内容。乙方对第三方的工作质量和安全负责。

第十一条 违约责任
（一）乙方未能在服务期开始之日按约定完成人员进场和交接的，每延误一日，按合同总价的千分之一支付违约金。
（二）乙方驻场人员数量不足或未经同意擅自更换人员的，每人每日扣款500元。
（三）乙方人员违反安全管理规定造成事故的，乙方承担全部责任，并赔偿由此给甲方及第三方造成的损失。
（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十二条 合同履行
本合同签订后，双方应全面履行。服务期内任何一方不得单方解除本合同，对乙方服务不达标的情形，按本合同第五条扣款和第六条整改处理。因不可抗力致使合同无法履行的，双方协商处理。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十四条 其他
（一）磋商文件、响应文件、成交通知书及双方确认的补充文件为本合同组成部分，内容不一致的，以本合同为准。附件：设备清单、巡检计划、备品备件清单。
（二）乙方应配合甲方接受上级主管部门、审计部门的检查，如实提供服务记录和相关资料。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市住房和城乡建设局
乙方（盖章）：中城管廊智慧运维（南京）有限公司
签订日期：2026年12月____日
"""

Z05 = """# 纸艺工序追踪系统软件许可及定制开发合同

**（匠序软件标准合同文本 V3.0）**

合同编号：JX-2027-0415

甲方（用户）：苏州青简纸雕艺术工作室

乙方（开发商）：无锡匠序软件有限公司

甲方因纸雕作品生产管理需要，向乙方采购“匠序工序追踪系统”软件许可及定制开发服务。双方本着平等自愿原则，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠序工序追踪系统标准版软件许可，许可用户数为十个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：工序卡及作品档案模块、订单进度追踪看板、激光切割机作业数据对接、客户定制订单报价模板。

1.3 乙方负责软件在甲方服务器上的安装部署，并对甲方人员进行使用培训。安装部署仅限一套生产环境，测试环境的部署另行收费。

1.4 具体功能以双方确认的需求说明书为准。需求说明书确认后，甲方提出的需求变更，乙方有权另行收费并顺延交付时间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠序工序追踪系统标准版软件许可（十用户，永久） | 168,000 |
| 2 | 定制开发（工序卡、订单看板、切割机对接、报价模板） | 96,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 280,000 |

合同总价为人民币贰拾捌万元整（¥280,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即140,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即140,000元。

3.3 甲方逾期付款的，乙方有权暂停开发及服务，交付期限相应顺延，甲方并应按逾期金额每日千分之一支付违约金。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前告知乙方并提供开票信息。

## 第四条 交付与上线

4.1 乙方在收到首期款后四十五个工作日内完成软件安装部署及定制开发，并通知甲方上线运行。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，视为对交付成果无异议。

4.3 甲方应为系统运行提供符合乙方要求的服务器、网络及操作系统环境，并配合乙方完成激光切割机的数据对接调试。因甲方环境不符合要求造成的延误，不视为乙方违约。

4.4 乙方交付内容包括：软件安装介质、授权文件、用户操作手册、管理员手册及培训课件。定制开发模块以可执行程序形式交付，不交付源代码。

4.5 培训：乙方在上线前为甲方安排两次现场培训，每次不超过半天，培训对象为甲方指定的管理员及工序操作人员。超出上述次数的培训，乙方按每人天2,000元另行收费。

## 第五条 免费维护及后续服务

5.1 系统上线运行之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷提供免费修复。

5.2 故障处理：甲方报告一级故障（系统无法登录或工序数据无法录入）的，乙方在工作日8小时内响应，并通过远程方式处理；其他问题在三个工作日内答复。

5.3 免费维护期满后，甲方如需乙方继续提供维护服务，维护费按乙方当年公布的价格标准执行，双方另行签订维护合同。

5.4 乙方通过电话、即时通讯群及远程桌面提供支持，服务时间为工作日9:00至17:30。确需现场服务的，乙方在双方约定的时间内派员到场，差旅费用由甲方承担。

5.5 免费维护期内乙方发布的补丁版本，甲方可免费获取；大版本升级不属于免费维护范围，甲方如需升级，应另行购买。

5.6 因甲方人员操作不当、擅自修改程序或运行环境变化导致的问题，不属于免费维护范围，乙方可按次收取服务费。

## 第六条 知识产权

6.1 匠序工序追踪系统及其相关文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的模块、看板、对接程序及报价模板，其知识产权（包括源代码）均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。

6.3 乙方有权将定制开发过程中形成的通用功能纳入其标准产品，并向其他客户提供。

## 第七条 数据

7.1 甲方在系统中录入的作品档案、订单、客户信息等业务数据归甲方所有。

7.2 乙方可在去除客户姓名和联系方式后，使用甲方的工序及生产数据用于乙方产品的优化、行业工时模型的训练及对外发布的行业分析。

7.3 乙方远程维护时应使用加密连接，并仅在甲方授权的时间内访问甲方系统；乙方对其掌握的甲方数据采取访问控制和加密措施。因乙方原因导致甲方数据泄露的，乙方应在发现后48小时内通知甲方，协助采取补救措施，并依照本合同第十条承担责任。

## 第八条 软件许可使用限制

8.1 甲方仅可在其自有场所内、为其自身业务使用本软件，不得将软件出租、出借或以任何形式提供给关联方以外的第三方使用。

8.2 甲方增加用户数的，应按乙方届时的价格购买新增许可。甲方不得采用技术手段规避许可用户数限制，否则乙方有权停止授权并要求甲方补交许可费用。

8.3 甲方更换服务器或迁移系统的，应提前通知乙方，乙方重新生成授权文件，每次收取工本费。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密、技术信息负有保密义务，未经对方同意不得向第三方披露。

9.2 本条约定在合同终止后两年内继续有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金及损害赔偿）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面通知后十五日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，并删除相关安装文件。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，及时提供需求资料、工序样本及切割机接口说明，并在乙方提交需求说明书后五个工作日内确认。

12.2 甲方应自行负责服务器及数据库的日常备份。因甲方未做备份造成的数据丢失，乙方不承担责任。

## 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应在十日内通知对方并提供证明。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议形式确定。本合同附件包括需求说明书、报价单及授权确认函，与本合同具有同等效力。

甲方（盖章）：苏州青简纸雕艺术工作室　　　　乙方（盖章）：无锡匠序软件有限公司

签约代表：　　　　　　　　　　　　　　　　签约代表：

日期：　　年　　月　　日　　　　　　　　　日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VSL-CN-2027-006
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Hangzhou Lanbo Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang Province (the "Customer"); and
P:(2) Virumaa Systems OÜ, a private limited company registered in Estonia with its office at Rakvere tänav 14, Jõhvi, Ida-Viru County, Estonia (the "Vendor").
P:The Customer wishes to replace its warehouse management software in three temperature-controlled distribution centres, and the Vendor licenses a warehouse management system and provides related implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FrostWMS warehouse management system, version 8, including its mobile scanning application and the documentation, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label layouts, configuration scripts and other materials created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used for live operations in all three distribution centres.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
P:1.5 "Customer Data" means all data entered into, processed by or generated by the Software in the course of the Customer's business, including inventory, order, temperature and personnel data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its affiliates in the People's Republic of China, for up to 220 named users and 160 mobile devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 Additional users or devices may be ordered at the unit prices in Annex 2, which remain fixed for three years from the effective date.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 1, including solution design, configuration, interfaces with the Customer's ERP and transport management systems, migration of master data and open stock, user training and Go-Live support.
P:3.2 The Vendor shall appoint a project manager fluent in Chinese or supported by a Chinese-speaking consultant on site, and shall not replace key personnel without the Customer's written approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete Go-Live within 150 days after the effective date, in accordance with the project plan agreed at the kick-off meeting.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 2,100,000 (two million one hundred thousand yuan), inclusive of applicable taxes, consisting of: Licence Fee CNY 1,280,000; implementation services CNY 540,000; interface development CNY 236,000; and training CNY 44,000.
P:4.2 The Customer shall pay: (a) 10% of the total price within 20 days after signature and receipt of the Vendor's invoice; (b) 55% of the total price within 20 days after Go-Live; and (c) 35% of the total price within 20 days after Final Acceptance.
P:4.3 All amounts are payable in CNY to the bank account of the Vendor's designated paying agent. The Vendor shall issue valid invoices (fapiao) through that agent before each payment.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Vendor shall carry out user acceptance testing with the Customer against the test scripts agreed in the design phase. Go-Live requires that all critical test scripts pass and that migrated stock balances reconcile with the legacy system for every storage location.
P:5.2 After Go-Live the Software shall run in live operation for 45 days. During that period: no Severity 1 incident may remain unresolved for longer than the restoration time in Article 7; picking accuracy reported by the Software shall match the Customer's physical counts; interface messages to ERP shall be processed without loss; and average scanner transaction time shall not exceed 1.5 seconds.
P:5.3 When these criteria are met, the Vendor shall request Final Acceptance in writing. The Customer shall issue an acceptance certificate or a written list of deficiencies within 10 working days. Deficiencies shall be corrected and the relevant tests repeated. Go-Live, live use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the agreed specifications for 24 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge, supply updates and new versions of the Software without charge, and provide support under Article 7.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall provide a support desk by telephone, e-mail and ticket portal. Severity 1 means that warehouse operations at one or more distribution centres are stopped or that stock records are corrupted.
P:7.2 Response times: Severity 1, one hour at any time of day; Severity 2, two business hours; Severity 3, next business day. The Vendor shall restore operation of a Severity 1 incident, by a workaround if necessary, within 8 hours.
P:7.3 If the Vendor misses a Severity 1 response time or restoration time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay. Credits are deducted from the next payment due to the Vendor.
P:7.4 After the Warranty Period, the Vendor shall offer annual support at a fee of 11% of the Licence Fee, that is CNY 140,800 per year, fixed for the three years following the Warranty Period. Annual support is ordered by the Customer each year by separate purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor's personnel shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, for approved tasks, and shall not copy Customer Data out of the Customer's environment. Any test data requested by the Vendor shall be masked by the Customer.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in performing this Agreement. The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take all measures to contain it, and bear liability for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:10.2 These obligations last for five years after the end of this Agreement, and without time limit for trade secrets.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 3.3 for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for breach of Articles 9 and 10, infringement under Article 8.3, wilful misconduct, or death and personal injury.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of approved subcontractors.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature by both parties and continues until the end of the Warranty Period; Articles 2, 8, 9, 10 and 14 survive.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, against return of the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Estonia, without regard to its conflict of laws rules.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Disputes not settled within 30 days shall be finally resolved by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, in English.
H:Article 15 Miscellaneous
P:15.1 Annex 1 (Statement of Work), Annex 2 (Price Schedule) and Annex 3 (Acceptance Test Plan) form part of this Agreement. In case of conflict, the Articles prevail.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.
P:15.3 This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name / Title / Date                      Name / Title / Date
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLINE SERVICE SCHEDULING SUBSCRIPTION

Order Form No. ZM-OF-2027-0193

**Provider:** Zemgale Cloud Works SIA, registered in Latvia, Lielā iela 9, Jelgava, LV-3001, Latvia ("Provider")

**Customer:** Chengdu Rongtai Elevator Maintenance Co., Ltd., registered in the People's Republic of China, Chengdu, Sichuan Province ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

FieldLine, Provider's cloud application for planning and dispatching field maintenance work, including the dispatcher console, the technician mobile application, the customer portal for building owners, the spare-parts module and the standard reporting package (the "Service"). The Service is provided from the Provider's hosting region in mainland China.

Customer uses the Service to schedule maintenance visits for about 6,800 elevators and escalators across Sichuan and Chongqing.

### A2. Subscription Term

The Subscription Term is 24 months, divided into two Subscription Years. The first Subscription Year starts on the Go-Live Date set out in A5, and the second Subscription Year starts on the first anniversary of the Go-Live Date. The Subscription Term ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Named user subscription, Subscription Year 1 | 300 users | 1,450 per user per year | 435,000 |
| Named user subscription, Subscription Year 2 | 300 users | 1,450 per user per year | 435,000 |
| Onboarding package (configuration, data import, two integrations, training) | 1 | 58,000 | 58,000 |
| **Total Contract Value** | | | **928,000** |

All fees are in CNY and include VAT. Unit prices are fixed for the Subscription Term. Additional named users may be added at the same unit price, pro rata for the remainder of the current Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after invoice.

(b) The onboarding package is invoiced after the Go-Live Date (acceptance under A5) and is payable within 30 days after invoice.

(c) No amount is payable before the Go-Live Date. Provider issues fapiao through its authorised reseller in Chengdu.

### A5. Onboarding and Go-Live

Provider shall complete onboarding within 70 days after signature of this Order Form. Onboarding includes configuring Customer's service regions, contract types and visit plans, importing the equipment register and customer list, building the integrations with Customer's ERP (spare parts and billing) and with the elevator remote-monitoring platform, and training 20 dispatchers and key users.

Go-Live acceptance criteria: (i) the imported equipment register matches Customer's register, lift by lift; (ii) a full month of maintenance visit plans is generated correctly for three pilot branches; (iii) both integrations exchange test transactions without errors for five consecutive working days; and (iv) technicians at the pilot branches complete at least 200 visits on the mobile application without a Priority 1 incident. Customer signs the Go-Live certificate within five working days after these criteria are met, or lists the failed criteria. The "Go-Live Date" is the date of the signed certificate. Use of the Service during pilot operation is not acceptance.

If Provider does not reach Go-Live within the period above for reasons attributable to Provider, Provider shall pay Customer CNY 650 for each day of delay, up to CNY 45,000 in total.

### A6. Contacts and Special Terms

Customer contact: IT Department, Mr. Liao Jun. Provider contact: Account Manager for China, Ms. Ilze Ozola. Support channels: ticket portal, e-mail and a Chinese-language hotline from 08:00 to 20:00 Beijing time, with Priority 1 calls accepted at any time.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service or that the Service generates from Customer's use, including equipment records, visit records, photographs and customer details.

1.2 "Customer Configurations" means workflows, forms, report templates and integration mappings built by Provider for Customer during onboarding or later at Customer's request.

1.3 "Priority 1 incident" means that the Service or the mobile application is unavailable to all or most users, or that visit plans cannot be generated.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's named users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Provider may update the Service from time to time, provided that no update materially reduces the functions subscribed in A1. Provider shall announce major updates at least ten days in advance.

2.3 Customer is responsible for the accuracy of Customer Data, for its users' compliance with this Agreement and for keeping its user credentials to itself.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Provider shall respond to Priority 1 incidents within 30 minutes and restore the Service within 3 hours; Priority 2 incidents within 2 hours with a workaround by the next business day.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of the monthly equivalent subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. Each missed Priority 1 response or restoration time gives a further credit of CNY 800. Credits are set off against the next invoice or, at the end of the Subscription Term, paid to Customer.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider acquires no rights in Customer Data and may use it only to provide the Service to Customer under this Agreement.

4.2 Provider shall store Customer Data only in mainland China.

4.3 During the Subscription Term and for 30 days after it ends, Customer may export all Customer Data in CSV or JSON format. Provider shall delete Customer Data within 60 days after the end of the Subscription Term, unless the law requires otherwise.

### 5. Intellectual Property

5.1 Provider owns the Service, its software and documentation, and all improvements to them.

5.2 Customer Configurations belong to Customer. Provider shall hand them over in an exportable form on request, and Customer may use, modify and have them used by third parties without restriction.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement and not disclose it to third parties except to its employees, subcontractors and professional advisers who need to know it and are bound by equivalent obligations.

6.2 This clause continues to apply for three years after the end of the Agreement.

### 7. Subcontractors

Provider may engage hosting providers, affiliates and other subcontractors to provide parts of the Service and support. Provider shall inform Customer of each new subcontractor by e-mail to Customer's contact at least 15 days before it starts work. Provider is responsible for its subcontractors as for its own performance.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by Customer under this Agreement in the six months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to Customer's payment obligations, to infringement of the other party's intellectual property, or to liability that cannot be limited by law.

### 9. Term and Termination

9.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach. Customer may also terminate if monthly availability falls below the commitment in three consecutive months.

9.3 If Customer terminates under 9.2, Provider shall refund the subscription fees paid for the remaining part of the Subscription Year and the onboarding fee if Go-Live has not been reached.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

### 11. General

11.1 Neither party may assign this Agreement without the other's written consent, except that Provider may assign it to the reseller named in A4 for invoicing purposes.

11.2 Notices must be in writing and sent to the contacts in A6. This Agreement may be signed electronically and in counterparts.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT — COLD-STORE ENVIRONMENTAL MONITORING SYSTEM
P:Contract No. QDF-PUR-2027-044
P:Buyer: Qingdao Haixian Frozen Food Co., Ltd., a company established in the People's Republic of China, with its registered address in Jimo District, Qingdao, Shandong Province (the "Buyer").
P:Supplier: Dzūkija Sensing UAB, a company registered in Lithuania, with its office at Pulko g. 21, Alytus, Lithuania (the "Supplier").
P:The Buyer operates six cold stores and a blast-freezing hall at its Jimo plant and needs continuous monitoring of temperature, humidity and door status, with alarms and records that satisfy food-safety traceability requirements. The Supplier manufactures wireless sensors and gateways and licenses the ColdTrace monitoring software. This contract is made on the Buyer's standard purchasing terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, repeaters and accessories listed in clause 2.2.
P:1.2 "Software" means the ColdTrace monitoring software, server edition, with its alarm, reporting and calibration-management modules and the mobile alarm application.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's plant.
P:1.4 "Custom Deliverables" means the dashboards, report formats, calibration records templates and the interface to the Buyer's warehouse management system developed by the Supplier for this contract, including source code and documentation.
P:1.5 "Final Acceptance" means acceptance of the System by the Buyer under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, grant the Software licence, install, calibrate and commission the System, develop the Custom Deliverables and train the Buyer's staff.
P:2.2 The contract price is CNY 1,192,000, including VAT, customs duties, delivery to the plant and all costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, food-grade housing|420|1,380|579,600
TB:2|LoRa gateway with 4G backup|18|9,600|172,800
TB:3|ColdTrace software licence, server edition, perpetual|1|268,000|268,000
TB:|Equipment and licence subtotal|||1,020,400
TB:4|Installation, calibration and commissioning|1|96,000|96,000
TB:5|Interface to the warehouse management system|1|58,000|58,000
TB:6|Training of operators and quality staff|1|17,600|17,600
TB:|Contract price|||1,192,000
P:2.3 The price is fixed and firm. Quantities may be varied by up to ten units per item at the unit prices above.
H:3. Payment
P:3.1 Advance payment: 25% of the contract price within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer for the same amount, valid until delivery.
P:3.2 Delivery payment: 50% of the contract price within 15 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. Signing the installation record does not mean that the System is accepted.
P:3.3 Final payment: 25% of the contract price within 15 working days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's authorised distributor in China, which the Supplier shall name in writing.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's Jimo plant within 75 days after signature, DDP, with packing lists, certificates of origin, factory calibration certificates and manuals.
P:4.2 The Supplier shall complete installation and commissioning within 30 days after delivery. Work inside the cold stores shall be scheduled with the Buyer's operations manager so that product movements are not interrupted.
P:4.3 Sensors shall be calibrated on site against a reference instrument traceable to a national metrology institute, and a calibration record shall be issued for every sensor.
H:5. Acceptance
P:5.1 After commissioning, the System shall operate for a trial period of 30 consecutive days.
P:5.2 The acceptance criteria are: every sensor reports to the Software at the configured interval with no gap longer than 10 minutes; measured temperature deviates by no more than 0.3 °C from the reference instrument at three test points; an alarm reaches the duty phones within 60 seconds after a test alarm limit is exceeded; door-status signals match the door controllers; the interface transfers temperature records to the warehouse management system for every pallet movement; and the reports required by the Buyer's quality department are produced correctly.
P:5.3 When the criteria are met, the Supplier shall apply in writing for Final Acceptance, and the Buyer shall sign the acceptance certificate or state the defects within 7 working days. The Supplier shall correct defects and repeat the relevant tests. Delivery, installation, use during the trial period or payment is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period for the Equipment, the Software and the Custom Deliverables is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, supply Software updates and perform an annual recalibration of all sensors, all free of charge.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms stopped for a cold store or the whole plant|30 minutes|6 hours
TB:Severity 2|Single gateway or group of sensors not reporting|2 hours|next working day
TB:Severity 3|Single sensor fault or report error|next working day|5 working days
P:6.3 The monitoring server software shall be available at least 99.95% of each month during the warranty period. For each hour by which a Severity 1 response or restoration time is exceeded the Supplier shall pay CNY 1,200, and for each full 0.01 percentage point below the availability commitment CNY 1,000. The Buyer may deduct these amounts from any payment or from the performance bond.
P:6.4 After the warranty period the Supplier shall provide support, including annual recalibration, spare parts at list price less 20% and Software updates, for an annual fee of 7% of the equipment and licence subtotal, that is CNY 71,428 per year, fixed for the first two years after the warranty period. Support is ordered year by year by purchase order.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's plants in China, including the right to move it to new servers.
P:7.2 The Custom Deliverables belong to the Buyer. The Supplier shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
H:8. Data Protection and Security
P:8.1 All measurement data, alarm records, calibration records and reports produced by the System belong to the Buyer. The Supplier may use them only to perform this contract and shall not use them for any other purpose, including in anonymised or aggregated form.
P:8.2 The System is installed on the Buyer's servers. The Supplier's remote maintenance shall take place only through the Buyer's VPN with individual accounts and multi-factor login, after approval of each session by the Buyer's IT department, and all sessions shall be logged. The Supplier shall not copy data outside the Buyer's network.
P:8.3 Gateways shall use encrypted communication and changed default passwords. The Supplier shall report any security incident affecting the System within 6 hours after becoming aware of it, cooperate in containing it and compensate the Buyer for losses resulting from its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's plant layouts, production information, customer information and any other non-public information obtained under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the contract.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. If the maximum is reached, the Buyer may terminate the contract under clause 12.
P:10.2 The Supplier's total liability under this contract shall not exceed 200% of the contract price. This limit does not apply to wilful misconduct, personal injury or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract the installation or any other part of its obligations without the Buyer's prior written consent. The Supplier remains fully liable for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this contract in whole or in part by written notice if the Supplier commits a material breach and does not remedy it within 15 days after a written request, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for the terminated part and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14. Final Provisions
P:14.1 Annex A (Technical Specification), Annex B (Installation Plan) and Annex C (Acceptance Test Plan) form part of this contract. This contract is made in English and Chinese; both versions have equal force.
P:Buyer: Qingdao Haixian Frozen Food Co., Ltd.    Supplier: Dzūkija Sensing UAB
P:Authorised signature: ________________    Authorised signature: ________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** LMS-2027-CN-11

**Customer:** Wuxi Hengda Precision Bearings Co., Ltd., a company incorporated in the People's Republic of China, Xishan District, Wuxi, Jiangsu Province ("Customer")

**Service Provider:** Latgale Managed Services SIA, a company registered in Latvia, Atbrīvošanas aleja 88, Rēzekne, Latvia, acting in China through its subsidiary in Suzhou ("Provider")

**Background.** Customer runs two bearing plants and a distribution warehouse in Jiangsu. Customer wishes to outsource the day-to-day operation of its servers, storage, plant and office networks, backup and end-user support to Provider for a period of 36 months. Provider has offered to provide these services on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the transfer of the operation of Customer's infrastructure to Provider, as described in Section 3.

1.5 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.3.

1.6 "Customer Data" means all data stored in, processed by or transmitted through the infrastructure operated by Provider, including production, quality, personnel and financial data of Customer.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement does not renew automatically. Customer may request an extension not later than six months before the end of the Service Term, and any extension requires a written amendment agreed by both parties, including the charges.

## Section 3. Transition

3.1 Provider shall complete Transition within 90 days after signature in accordance with the transition plan agreed in the first two weeks, including discovery and documentation of all assets, installation of Provider's monitoring tools, knowledge transfer from Customer's current IT staff and contractors, and set-up of the service desk.

3.2 Transition acceptance criteria: the asset inventory is complete and reconciled with Customer's records; monitoring covers every server, storage array, core and plant switch and firewall; backup jobs have run successfully for 14 consecutive days with one successful test restore for each critical system; the service desk has handled tickets for 10 working days in shadow mode within the Schedule 2 response times; and operating run-books exist for every critical system.

3.3 When the criteria are met, Provider shall request acceptance in writing, and Customer shall sign the transition acceptance certificate or list the failed criteria within five working days. Provider shall remedy failures and request acceptance again.

3.4 If the Service Commencement Date is delayed beyond the period in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000 in total.

## Section 4. Provision of the Services

4.1 Provider shall perform the Services with skilled and suitably certified personnel, following ITIL-aligned processes and Customer's IT policies as notified to Provider.

4.2 Provider shall station two engineers at Customer's main plant on working days and provide remote operations from its Suzhou operations centre around the clock.

4.3 Changes to Customer's production systems shall follow the change process in Schedule 1. Emergency changes require approval of Customer's IT manager by telephone, confirmed in writing on the next working day.

4.4 Provider shall submit a monthly service report within five working days after the end of each month, covering service level performance, incidents, changes, capacity and recommended improvements, and shall hold a quarterly review meeting with Customer.

## Section 5. Customer Responsibilities

5.1 Customer shall give Provider access to its sites, systems and documentation as reasonably required, appoint a contract manager and approve changes within the agreed times.

5.2 Customer remains responsible for purchasing hardware and software licences, unless otherwise agreed in writing.

## Section 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice.

6.2 The transition charge is invoiced after the Service Commencement Date and payable within 30 days.

6.3 The Charges are fixed for the Service Term. Additional devices beyond the quantities in Schedule 3 are charged at the unit rates shown there.

6.4 Service credits under Schedule 2 are deducted from the invoice for the month after the month in which they arise.

## Section 7. Customer Data and Information Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, analyse, disclose or otherwise use it for any other purpose.

7.2 Provider shall access Customer's systems only through Customer's bastion host with named accounts and multi-factor authentication. Privileged sessions shall be recorded, and recordings kept for 180 days.

7.3 Provider shall keep Customer Data within Customer's premises and approved data centres in mainland China and shall not store it on Provider's own systems.

7.4 Provider shall notify Customer of any actual or suspected information security incident affecting Customer Data within 2 hours after becoming aware of it, support Customer's investigation and remediation, and bear all losses, fines and costs resulting from incidents caused by Provider's failure to comply with this Section.

7.5 At the end of the Service Term Provider shall return all Customer Data, credentials and documentation and delete any copies in its possession, and confirm deletion in writing.

## Section 8. Intellectual Property

8.1 Run-books, configurations, scripts, diagrams and other documentation produced by Provider for Customer under this Agreement belong to Customer, and Customer may use and modify them and give them to any successor provider.

8.2 Provider's monitoring and ticketing tools remain Provider's property and are removed at the end of the Service Term.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term. This limit does not apply to breach of Section 7, wilful misconduct, or death and personal injury.

## Section 10. Personnel and Subcontracting

10.1 Provider shall not replace the on-site engineers or the service delivery manager without prior notice and a handover period of at least ten working days.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the performance of any subcontractor.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider fails to meet the same Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, including handover of documentation, knowledge transfer and cooperation with Customer's new provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Wuxi Arbitration Commission for arbitration in Wuxi under its rules in force at the time.

## Section 13. General

13.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments require written form and the signature of both parties.

13.2 Neither party may assign this Agreement without the other's written consent.

## Schedule 1 — Scope of Services

| Service area | Scope | Quantities |
|---|---|---|
| Server and virtualisation operations | Monitoring, patching, capacity management, incident and problem management | 46 virtual servers, 6 hosts |
| Storage and backup | Monitoring, backup scheduling, restore tests each quarter, media rotation | 2 storage arrays, 1 backup appliance |
| Plant and office networks | Switch and firewall management, Wi-Fi, change management | 128 switches, 4 firewalls, 210 access points |
| Service desk | Chinese-language desk, ticketing, remote support, on-site desk-side support | about 900 users |
| Change management | Standard, normal and emergency changes with approval workflow | as required |

## Schedule 2 — Service Levels and Service Credits

| Service level | Target | Service credit |
|---|---|---|
| Availability of core infrastructure (servers, storage, core network) per month | 99.5% | 3% of the monthly service charge for each 0.1 percentage point below target, up to 20% |
| Priority 1 incident response (production stopped at a plant) | 15 minutes | CNY 1,000 per hour late |
| Priority 1 incident restoration | 3 hours | CNY 1,500 per hour late |
| Priority 2 incident response | 1 hour | CNY 300 per hour late |
| Service desk call answer within 60 seconds | 90% of calls | 2% of the monthly service charge if missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-off, after the Service Commencement Date | 124,000 |
| Monthly service charge | 36 months × CNY 68,500 | 2,466,000 |
| Total Contract Value | | 2,590,000 |
| Additional virtual server | per month | 380 |
| Additional switch or access point | per month | 45 |
| Exit assistance beyond scope | per engineer day | 3,200 |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
EUROPEAN ROAD FREIGHT RATES AND FUEL INDEX API

Agreement No. AUK-DS-2027-27

BETWEEN

Aukštaitija Data Analytics UAB, a company registered in Lithuania, with its registered office at Utenio a. 31, Utena, Lithuania ("Vendor"); and

Shenzhen Qianhai Silkroad Supply Chain Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qianhai, Shenzhen, Guangdong Province ("Customer").

BACKGROUND

Customer arranges rail and road transport of containers between China and Europe and prices the European road leg for its clients. Vendor collects and publishes spot and contract road freight rates, fuel surcharge indices and lane-level transit time data for Europe and makes them available through an application programming interface. Customer wishes to subscribe to that data for use in its pricing and tender systems.

1. DEFINITIONS

1.1 "Vendor Data" means the rate, index and transit time data supplied by Vendor through the API, including historical series, in the form in which Vendor delivers it.

1.2 "API" means Vendor's application programming interface, the related developer portal and documentation.

1.3 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first starting on the Start Date and the second on the first anniversary of the Start Date.

1.4 "Start Date" means the date of Integration Acceptance under clause 5.

1.5 "Customer Materials" means the shipment lists, lane definitions, queries and other information that Customer uploads to or sends through the API.

1.6 "Derived Results" means prices, quotations, reports, models and other outputs that Customer creates using Vendor Data, in which Vendor Data is not separately extractable in substantial amounts.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the Vendor Data within the scope below.

2.2 Scope: (a) all lanes between 31 European countries at NUTS-2 level; (b) weekly spot and contract rate indices for full-truckload and less-than-truckload shipments; (c) daily fuel surcharge indices for 14 countries; (d) transit time benchmarks; and (e) historical series from January 2019.

2.3 Authorised use: up to 60 named users and two production systems of Customer (the pricing engine and the tender management system) may call the API. The standard call allowance is 2,000,000 API calls per Subscription Year; calls beyond it are charged under clause 4.4.

2.4 Customer may use Vendor Data for its internal pricing and may show Derived Results to its own clients. Customer shall not resell Vendor Data or make it available in bulk to third parties.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term consists of two Subscription Years starting on the Start Date.

3.2 The Subscription Term does not renew automatically. At least 90 days before the end of the second Subscription Year, Vendor shall send Customer a renewal offer, and any renewal requires a written order signed by both parties.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 386,000 for each Subscription Year, a total of CNY 772,000 for the Subscription Term.

4.2 The integration support fee, covering the set-up of Customer's API keys and environments, mapping of Customer's lane codes to Vendor's lane structure, test support and a two-day developer workshop in Shenzhen, is CNY 34,000, payable once.

4.3 The total price of this Agreement is CNY 806,000, inclusive of VAT. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after invoice. The integration support fee is invoiced after Integration Acceptance and payable within 30 days. Nothing is payable before Integration Acceptance.

4.4 API calls beyond the standard allowance are charged at CNY 0.02 per call, invoiced at the end of each Subscription Year.

4.5 Invoices (fapiao) are issued by Vendor's appointed agent in Shenzhen. The fees are fixed for the Subscription Term.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 45 days after signature Vendor shall provide test and production API keys, complete the lane mapping and support Customer's developers in connecting the pricing engine and the tender management system.

5.2 Integration Acceptance criteria: (a) all lanes listed in Annex 1 return rate and fuel index data through the production API; (b) the lane mapping covers every lane code in Customer's lane list; (c) a comparison of 200 sample queries against Vendor's published indices shows identical values; and (d) Customer's two systems have retrieved data through the API for ten consecutive working days without data format errors.

5.3 When the criteria are met, Customer shall confirm Integration Acceptance in writing within five working days or identify the criteria not met. Vendor shall correct the shortcomings and the tests shall be repeated.

6. DATA DELIVERY AND SUPPORT

6.1 Vendor shall use commercially reasonable efforts to keep the API available and to publish weekly indices every Tuesday and daily fuel indices every working day by 12:00 Central European Time.

6.2 Vendor provides support by e-mail and through the developer portal during its business hours, Monday to Friday, 09:00 to 17:00 Vilnius time. Vendor will handle support requests as soon as practicable, giving priority to requests that stop Customer's systems from retrieving data.

6.3 Vendor may change the API with at least 60 days' notice, provided that the previous version remains usable during the notice period and the scope in clause 2.2 is not reduced.

6.4 If Vendor discovers an error in published Vendor Data, it shall correct the data and inform Customer of the affected series.

7. INTELLECTUAL PROPERTY

7.1 Vendor Data and the API are and remain the property of Vendor and its data sources.

7.2 Derived Results belong to Customer. The lane mapping tables and integration scripts prepared by Vendor for Customer under clause 4.2 also belong to Customer, and Customer may use, modify and have them maintained by third parties without restriction.

8. CUSTOMER MATERIALS AND DATA SECURITY

8.1 Customer Materials belong to Customer. Vendor shall use Customer Materials only to provide the API and the Vendor Data to Customer, and shall not use them for its indices, benchmarks or any other purpose, whether or not anonymised or aggregated.

8.2 Vendor shall protect Customer Materials and Customer's API keys with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named Vendor staff with a need to know, logging of access and regular vulnerability testing.

8.3 Vendor shall notify Customer in writing within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Materials or API keys, take immediate steps to contain it, and compensate Customer for losses caused by Vendor's failure to comply with this clause 8.

8.4 Within 30 days after the end of the Subscription Term Vendor shall delete Customer Materials and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep secret the non-public information received from the other party in connection with this Agreement, including the terms of this Agreement, Customer's lanes, volumes and pricing, and Vendor's methods and unpublished data, and shall use it only for this Agreement.

9.2 This obligation does not apply to information that is public or independently developed, and continues for three years after the end of the Agreement.

10. WARRANTIES

10.1 Vendor warrants that it has the rights needed to license the Vendor Data to Customer and that the Vendor Data is compiled with reasonable skill and care from the sources described in the documentation.

10.2 Vendor does not warrant that the Vendor Data predicts actual rates for any particular shipment.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except in the case of wilful misconduct or gross negligence.

11.2 Each party's total liability under this Agreement is limited to 150% of the total price under clause 4.3. This limit does not apply to breach of clause 8, infringement of intellectual property or wilful misconduct.

11.3 Vendor shall indemnify Customer against claims by third parties that the use of Vendor Data in accordance with this Agreement infringes their rights.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Vendor shall not subcontract the hosting of the API, the handling of Customer Materials or the integration support without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Vendor shall refund the subscription fee paid for the remainder of the current Subscription Year, and Customer may keep and use the Vendor Data received before termination for its internal records.

13.3 On expiry or termination Customer shall stop calling the API. Derived Results created before that date may continue to be used.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 Annex 1 (Lane List) and Annex 2 (API Documentation Summary) form part of this Agreement.

15.2 Notices shall be in writing and sent by e-mail with confirmation or by courier to the addresses above.

15.3 This Agreement is made in English in two originals.

SIGNED for Vendor: ____________________   Name / Title / Date

SIGNED for Customer: ____________________   Name / Title / Date
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": ("h833z01_terrace_protection_monitoring_platform", "pdf"),
    "z02": ("h833z02_frame_factory_line_control_retrofit", "docx"),
    "z03": ("h833z03_beach_volleyball_chain_booking_saas", "txt"),
    "z04": ("h833z04_utility_tunnel_monitoring_om_service", "txt"),
    "z05": ("h833z05_paper_sculpture_process_tracking_supplier_template", "md"),
    "e01": ("h833e01_cold_chain_wms_perpetual_licence_estonia", "pdf"),
    "e02": ("h833e02_field_service_scheduling_saas_order_form_latvia", "md"),
    "e03": ("h833e03_cold_store_sensors_monitoring_licence_lithuania", "docx"),
    "e04": ("h833e04_managed_infrastructure_services_36_months_latvia", "md"),
    "e05": ("h833e05_road_freight_rates_api_subscription_lithuania", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, vals, extra):
    t = dict(zip(TERM_KEYS, vals))
    return {"language": lang, "category": category, "terms": t, "extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    #        avail  p1    remedy ip        dsec  owns   conf  ld    cap   prepay acc   final  warr pwf  auto   term   sub    law
    "z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8,
                                  False, True, False, "PRC", G],
               {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                "acceptance_deemed_on_delivery": False, "contract_value": 1966000}),
    "z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 150, 35, True, True, 18, 26,
                                  False, True, False, "PRC", G],
               {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                "acceptance_deemed_on_delivery": False, "contract_value": 1940000}),
    "z03": lab("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None,
                               True, True, False, "PRC", S],
               {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                "contract_value": 550000}),
    "z04": lab("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                  None, False, False, True, "PRC", S],
               {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                "contract_value": 826000}),
    "z05": lab("zh", "software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None,
                                  False, True, None, "PRC", G],
               {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False,
                "acceptance_deemed_on_delivery": True, "contract_value": 280000}),
    "e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11,
                                  False, True, False, "Estonia", G],
               {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                "acceptance_deemed_on_delivery": False, "contract_value": 2100000}),
    "e02": lab("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 650 / 928000 * 100, 6 / 24 * 100, None,
                               True, None, None, None, False, True, True, "PRC", S],
               {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                "contract_value": 928000}),
    "e03": lab("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 25, True, True, 36, 7,
                                  False, True, False, "PRC", G],
               {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                "acceptance_deemed_on_delivery": False, "contract_value": 1192000}),
    "e04": lab("en", "services", [99.5, 0.25, True, "buyer", True, True, False, 2000 / 2590000 * 100, 150, None, True,
                                  None, None, None, False, True, False, "PRC", S],
               {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                "contract_value": 2590000}),
    "e05": lab("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                               False, True, False, "PRC", S],
               {"sla_clause": False, "ld_stated": False, "acceptance_deemed_on_delivery": False,
                "contract_value": 806000}),
}
# itemised licence / hardware subtotal (TCO fee base), goods_or_licence drafts only
TCO_BASE = {"z01": 1160000, "z02": 1646000, "z05": 168000, "e01": 1280000, "e03": 1020400}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy section 3)
TH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40,
      "horizon": 5}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3 applied to the labels."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TH["tco"]:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"万分之五(?![十百千])", r"千分之零?点五", r"(?<![\d.])0\.00050*(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一?百)(?![一二三四五六七八九零点])", r"[三四]成(?![本功员])",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|小时|个小时)", r"\bfour[\s-]*(?:\(4\)\s*)?hours?", r"(?<![十])四个?小时",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"\btwelve[\s-]*(?:\(12\)\s*)?months?", r"十二个月",
    r"(?<![\d.,])(?:1|one)[\s-]*years?\b", r"一年", r"壹年",
]), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "15 percent", "40%", "100%", "99.9%", "99.9 %", "0.05%", "万分之五",
            "4 hours", "4小时", "四小时", "four hours", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "one year", "1-year", "一年", "within4hours", "100.0%"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "130%", "115%", "0.055%", "2027年12月31日", "12 hours", "150%",
             "40 days", "140,000", "百分之三十五", "14 hours", "99.5%", "first anniversary", "二十四小时", "4G backup",
             "第一个服务年度", "0.08%"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), ("must miss", s_, THRESHOLD_RE.search(s_))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
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


# price and payment sums as stated in the texts
PRICE_CHECKS = {
    "z01": ([1160000, 628000, 142000, 36000], [393200, 884700, 688100]),
    "z02": ([612000, 438000, 286000, 96000, 214000, 148000, 126000, 20000], [679000, 873000, 388000]),
    "z03": ([40 * 5800 * 2, 86000], [86000, 232000, 232000]),
    "z04": ([468000, 236000, 84000, 38000], [826000]),
    "z05": ([168000, 96000, 16000], [140000, 140000]),
    "e01": ([1280000, 540000, 236000, 44000], [210000, 1155000, 735000]),
    "e02": ([435000, 435000, 58000], [435000, 435000, 58000]),
    "e03": ([420 * 1380, 18 * 9600, 268000, 96000, 58000, 17600], [298000, 596000, 298000]),
    "e04": ([124000, 36 * 68500], [124000, 36 * 68500]),
    "e05": ([386000, 386000, 34000], [386000, 386000, 34000]),
}


def main():
    for k, (items, pays) in PRICE_CHECKS.items():
        cv = LABELS[k]["extra"]["contract_value"]
        assert sum(items) == cv == sum(pays), k
    assert 1646000 * 26 // 100 == 427960 and 1280000 * 11 // 100 == 140800 and 1020400 * 7 // 100 == 71428
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: (n + "." + ext, ext) for k, (n, ext) in NAMES.items() if ext in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, (n, ext) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / (n + "." + ext)).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", n + "." + ext)

    covered = set()
    report = []
    for k, (n, ext) in NAMES.items():
        L = LABELS[k]
        t, x = L["terms"], L["extra"]
        assert list(t) == TERM_KEYS
        assert (x.get("post_warranty_fee_capped") is not None) == (t["contract_kind"] == G), k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != TH["availability"], k
        assert t["p1_response_hours"] != TH["p1"], k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9, k
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9, k
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9, k
        assert t["warranty_months"] != TH["warranty"], k
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - TH["pwf"]) > 1e-9, k
        share = tco_share(k, t, x)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        # built text
        path = OUT / (n + "." + ext)
        text = read_back(path)
        ln = length(text, L["language"])
        lo, hi = (2750, 3000) if L["language"] == "zh" else (1450, 1650)
        assert lo <= ln <= hi, (k, ln)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        label = {"file": path.name, "language": L["language"], "category": L["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (n + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append((path.name, ln, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in NAMES]
    assert sum(1 for k in NAMES if not DESIGN[k]) == 2
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert sorted(len(DESIGN[k]) for k in ("z02", "z03", "z04", "e02", "e04", "e05")) == sorted(
        m for m in mix if 2 <= m <= 3)
    for row in report:
        print(*row, sep=" | ")
    print("all checks passed")


if __name__ == "__main__":
    main()
