"""holdout26: builds the two .docx and the two .pdf of this set from the markup sources below (word_pdf markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python from
anywhere; the files are written next to this script. The .txt/.md contracts of the set are plain files, not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H26Z01 = """
T:青川省储备粮管理集团有限公司南湖直属库智慧粮库建设项目合同
P:合同编号：QCCB-ZHLK-2025-017
P:甲方（采购人）：青川省储备粮管理集团有限公司
P:住所：青川省临江市滨湖大道1288号
P:乙方（供应商）：北辰粮安科技股份有限公司
P:住所：临江市高新区科创路66号
P:根据《中华人民共和国民法典》及相关法律法规，甲方就南湖直属库智慧粮库建设项目（以下简称“本项目”）经公开招标确定乙方为中标供应商。双方在平等、自愿、协商一致的基础上，就本项目的设备供货、软件许可、系统集成、安装调试、培训、验收及质保服务等事项订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 本项目建设地点为甲方南湖直属库，共有平房仓二十四栋、浅圆仓八座，设计仓容合计二十六万吨。
P:1.2 乙方负责提供并安装调试粮情测控系统、智能通风控制系统、库区视频监控系统、出入库一卡通系统及智慧粮库管理平台，完成与青川省粮食和物资储备局省级储备粮监管平台的数据对接，并负责培训甲方人员，使整个系统达到招标文件及乙方投标文件所承诺的功能和性能要求。
P:1.3 本合同附件包括：附件一《分项报价表》、附件二《技术规格及性能要求》、附件三《故障等级及响应要求》、附件四《项目实施进度计划》、附件五《招标文件及投标文件》。附件与本合同正文具有同等效力；附件之间不一致的，以本合同正文及附件排列在前者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零捌万贰仟元整（¥3,082,000.00），为含税全包价，包括设备及软件价款、运输、保险、装卸、安装调试、系统对接开发、培训、三年质保期内的全部服务及税费。除本合同另有约定外，甲方无需另行支付任何费用。
P:2.2 分项价格如下表（附件一摘要）：
TB:序号|名称|单位|数量|单价（元）|金额（元）
TB:1|粮情测控分机及测温电缆|套|48|18,500|888,000
TB:2|智能通风控制柜|台|36|12,800|460,800
TB:3|高清网络摄像机（含立杆及防雷）|台|220|1,650|363,000
TB:4|出入库一卡通设备（地磅读卡终端、扦样终端）|套|6|42,000|252,000
TB:5|服务器、存储及网络安全设备|套|1|318,000|318,000
TB:6|智慧粮库管理平台软件许可（永久）|套|1|460,000|460,000
TB:—|设备及软件小计|—|—|—|2,741,800
TB:7|省级监管平台对接开发|项|1|214,000|214,000
TB:8|安装调试及培训|项|1|126,200|126,200
TB:—|合计|—|—|—|3,082,000
P:2.3 合同履行期间，合同价款不因原材料、人工或汇率等市场因素变化而调整。
H:第三条 付款方式
P:3.1 本合同签订后十五个工作日内，乙方向甲方提交合同总价百分之十的银行预付款保函，甲方收到保函及等额发票后十五个工作日内支付预付款人民币叁拾万零捌仟贰佰元整（¥308,200.00）。预付款保函在全部设备到货签收后退还。
P:3.2 全部设备到货并安装完毕，经甲方到货签收后，甲方支付合同总价的百分之三十五，即人民币壹佰零柒万捌仟柒佰元整（¥1,078,700.00）。到货签收仅表示数量与外观核对无误，不代表甲方对设备质量及系统功能的验收。
P:3.3 系统通过本合同第六条约定的最终验收后十五个工作日内，甲方支付合同总价的百分之五十，即人民币壹佰伍拾肆万壹仟元整（¥1,541,000.00）。
P:3.4 合同总价的百分之五，即人民币壹拾伍万肆仟壹佰元整（¥154,100.00）作为质量保证金，于质保期满且乙方无未了质保责任后十五个工作日内无息支付。
P:3.5 乙方每次请款应提供合法有效的增值税专用发票。乙方收款账户以本合同所列账户为准，账户变更须书面通知甲方并加盖公章。
H:第四条 交货、安装及进度
P:4.1 乙方应于合同签订后六十日内完成全部设备到货，九十日内完成安装调试并具备试运行条件，一百二十日内完成省级监管平台对接。具体节点见附件四。
P:4.2 乙方应在粮食出入库作业间隙安排施工，不得影响甲方正常的储粮作业和粮情检测。进仓施工须遵守甲方储粮安全和熏蒸作业管理规定，熏蒸及散气期间严禁进仓作业。
P:4.3 设备应为全新、原厂正品，附有出厂合格证、检测报告及质保文件。测温电缆、通风控制柜等进仓设备应符合粮库防爆、防潮、防鼠及防虫要求。
P:4.4 乙方应指定具有相应资格的项目经理一名常驻现场，未经甲方书面同意不得更换。乙方应遵守甲方安全生产规定，高处作业、动火作业须办理审批手续，因乙方原因发生的安全事故由乙方负责。
P:4.5 乙方应在安装调试完成前对甲方仓储保管员、信息管理员及库领导分别进行培训，培训合计不少于五天，确保甲方人员能够独立操作和日常维护。
H:第五条 技术要求
P:5.1 粮情测控系统：每仓测温点布置密度符合《粮油储藏技术规范》要求；测温精度±0.5℃，全库一次巡检时间不超过二十分钟；支持温度、湿度、虫害及气体浓度数据采集，异常自动报警并推送至保管员手机。
P:5.2 智能通风控制系统：根据仓内外温湿度自动判断通风条件，支持远程启停、定时及联动控制，保留就地手动控制功能，控制柜具备过载、缺相保护。
P:5.3 视频监控系统：覆盖库区出入口、仓房门口、地磅房、药品库、油库及周界，录像保存不少于九十日。
P:5.4 出入库一卡通系统：实现登记、扦样、检验、检斤、值仓、结算全流程一卡通管理，与甲方财务结算系统对接，杜绝人工改单。
P:5.5 管理平台：实现粮情、库存、作业、安防数据的集中展示与分析，按省级监管平台接口规范实时上传库存及粮情数据。
H:第六条 验收
P:6.1 系统安装调试完成后进入试运行，试运行期为六十日。试运行期间系统连续稳定运行，未发生一级故障，方可申请最终验收。
P:6.2 最终验收由甲方组织，必要时邀请省级监管平台运营单位参加，验收标准包括：（一）设备型号、数量与附件一一致，随机资料齐全；（二）逐仓抽检测温电缆，测温点均能正常读数，与标准温度计比对误差不超过±0.5℃；（三）智能通风系统在不少于四栋仓房完成远程及联动控制实测；（四）一卡通系统完成不少于五十车次出入库全流程测试，结算数据与地磅数据一致；（五）省级监管平台连续三十日接收数据无中断，数据核对一致；（六）系统通过网络安全等级保护第二级测评；（七）竣工文档、操作手册及对接开发部分的源代码移交齐全。
P:6.3 验收合格的，双方签署最终验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担；复验仍不合格的，甲方有权解除合同。
P:6.4 设备到货签收、安装完成、试运行或甲方对系统的实际使用，均不视为验收合格。
H:第七条 质量保证及售后服务
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修、更换、软件升级及系统维护服务，并每季度进行一次现场巡检，提交巡检报告。
P:7.2 乙方提供全年无休的服务热线，并在临江市设立服务网点。故障等级及响应要求如下表（附件三摘要）：
TB:故障等级|情形|响应时间|到场时间|修复时间
TB:一级|粮情测控全库中断、通风控制失灵、管理平台瘫痪或省级数据上传中断|30分钟|3小时|8小时
TB:二级|单仓测温或单台通风柜故障、部分视频中断|1小时|次日12时前|两日
TB:三级|一般性功能问题或咨询|两个工作日|按需|五个工作日
P:7.3 乙方未按上表时限响应、到场或修复的，每迟延一小时，甲方可从质量保证金中扣减人民币捌佰元；因一级故障修复不及时造成储粮损失的，乙方另行承担赔偿责任。
P:7.4 质保期满后，甲方如需乙方继续提供维保服务，双方另行签订维保合同。维保服务年费不超过设备及软件小计（¥2,741,800）的百分之六，即每年不超过人民币壹拾陆万肆仟伍佰零捌元（¥164,508），该费率在质保期满后的两年内保持不变，此后如需调整由双方书面协商。维保合同不自动续期。
H:第八条 知识产权
P:8.1 智慧粮库管理平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围包括甲方及其下属库点。
P:8.2 乙方为本项目专门开发的省级平台对接程序、定制报表及相关源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证所提供的设备、软件不侵犯任何第三方知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 本项目所产生和存储的粮情数据、库存数据、出入库记录、视频资料等全部数据归甲方所有。乙方仅为履行本合同之目的接触上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 系统部署于甲方内网，与互联网物理隔离或通过甲方认可的安全边界设备连接。乙方远程维护须经甲方书面审批，通过甲方堡垒机登录并全程留存日志；不得私自复制、导出数据。
P:9.3 乙方应建立数据安全管理制度，对参与项目人员进行安全教育并签署保密承诺书。发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后两小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方由此遭受的全部损失。
P:9.4 合同终止或质保期满时，乙方应将其持有的与本项目有关的数据全部返还或删除，并出具书面说明。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方储备粮数量、库存布局、安防部署、网络拓扑及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，持续至相关信息依法公开之日止。
H:第十一条 分包
P:11.1 乙方不得转包本项目。立杆基础、线缆敷设等辅助施工确需分包的，须事先征得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货、逾期完成安装调试或逾期完成省级平台对接的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:12.2 甲方逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
P:12.3 乙方所供设备不符合合同约定的，甲方有权要求更换，并要求乙方承担由此产生的费用和损失。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或发生其他根本违约且在甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除本合同，要求乙方退还已付款项并承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：青川省储备粮管理集团有限公司　　乙方（盖章）：北辰粮安科技股份有限公司
P:授权代表：____________　　授权代表：____________
P:日期：2025年__月__日　　日期：2025年__月__日
"""

H26Z02 = """
T:卷烟营销管理系统软件许可及实施服务合同
P:项目名称：江州市烟草公司卷烟营销管理系统升级项目
P:合同编号：JZYC-XXH-2025-042
P:甲方：青川省烟草公司江州市公司
P:地址：江州市人民中路88号
P:乙方：慧渠软件技术有限公司
P:地址：江州市软件园创新大厦15层
P:甲方为提升卷烟营销精准化水平，对现有卷烟营销管理系统进行升级。经比选，甲方确定乙方为本项目的实施单位。依据《中华人民共和国民法典》等有关法律法规，双方经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方向甲方提供“慧渠卷烟营销管理系统V5.0”软件产品的永久使用许可，许可范围为甲方本部及下属六个营销部，客户经理用户二百个，零售户移动访销终端数量不限。
P:1.2 乙方为甲方提供定制开发服务，包括：零售户画像及分档模型、货源投放辅助模型、与省级卷烟营销平台的订单对接接口、与物流配送系统的线路及到货确认接口、与财务系统的结算对接接口，以及甲方确认的定制统计报表。
P:1.3 乙方负责将现有系统中近五年的零售户档案、订单、访销记录及结算数据迁移至新系统，并负责系统部署、联调、上线切换及培训。
P:1.4 详细功能需求以双方确认的《需求规格说明书》为准，该说明书经双方签字后作为本合同附件。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰万元整（¥2,000,000.00），含增值税，分项如下：
TB:序号|项目|金额（元）
TB:1|软件许可费（永久许可）|1,260,000
TB:2|定制开发费|540,000
TB:3|数据迁移费|96,000
TB:4|实施及培训费|104,000
TB:—|合计|2,000,000
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作的人工、差旅、第三方组件许可及税费。需求变更导致工作量增加的，双方另行书面确认。
H:第三条 付款方式
P:3.1 本合同签订后十个工作日内，乙方开具发票，甲方支付合同总价的百分之二十，即人民币肆拾万元整（¥400,000.00），作为预付款。
P:3.2 系统上线试运行并通过初验后，甲方支付合同总价的百分之四十，即人民币捌拾万元整（¥800,000.00）。
P:3.3 系统通过终验后，甲方支付合同总价的百分之四十，即人民币捌拾万元整（¥800,000.00）。
P:3.4 甲方在收到乙方合法有效的增值税专用发票后二十个工作日内付款。付款不代表甲方对相应工作成果的认可。
H:第四条 实施进度
P:4.1 乙方应在合同签订后三十日内完成需求调研并提交《需求规格说明书》，一百二十日内完成开发、测试及数据迁移，一百五十日内完成系统上线试运行并提交初验申请。
P:4.2 系统上线切换应安排在非订货日进行，乙方应制订上线切换方案及回退方案，经甲方书面确认后实施，确保甲方订货业务不中断。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理应具有类似项目经验，驻场时间不少于项目周期的三分之二。
P:4.4 乙方应对甲方系统管理员、营销部内勤及全体客户经理进行分级培训：系统管理员培训不少于五天，内勤及客户经理培训按营销部分批进行，每批不少于两天；培训结束后由甲方组织考核，考核不合格的人员由乙方负责补训。
P:4.5 乙方应每周向甲方提交项目周报，每月参加甲方组织的项目例会，汇报进度、问题及风险。因甲方原因导致进度延误的，相应期限顺延，但乙方应及时书面提出。
H:第五条 验收
P:5.1 初验：系统上线后，甲方依据《需求规格说明书》进行功能测试和性能测试。性能要求为：二百名客户经理同时在线时，常用查询页面响应时间不超过两秒，订单提交响应时间不超过三秒；与省级卷烟营销平台、物流配送系统的接口联调通过。满足上述要求的，双方签署初验报告。
P:5.2 试运行：初验通过后进入试运行，试运行期为三个月。
P:5.3 终验：试运行期满，满足下列条件的，甲方组织终验：（一）试运行期内未发生一级故障；（二）与省级卷烟营销平台的订单对接连续二十个订货日零差错；（三）迁移数据经甲方逐表核对，记录数及金额合计与原系统一致；（四）系统通过网络安全等级保护第二级测评；（五）乙方移交用户手册、运维手册、接口文档及定制开发部分的完整源代码。终验合格的，双方签署终验报告。
P:5.4 系统上线、初验通过、试运行或甲方对系统的使用，均不视为终验合格。终验不合格的，乙方应在二十日内整改并重新申请终验。
H:第六条 质保及运维服务
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、系统优化及技术支持服务。
P:6.2 故障等级及处理时限：一级故障指系统整体不可用、订单无法提交或与省级营销平台的对接中断，乙方应在三十分钟内响应，两小时内恢复；二级故障指部分功能不可用或性能明显下降，乙方应在一小时内响应，八小时内恢复；三级故障指一般问题及咨询，乙方应在一个工作日内响应处理。
P:6.3 订货日系统月可用率不低于99.95%。
P:6.4 乙方未达到上述服务水平的，一级故障每超时一小时，乙方支付甲方人民币壹仟元；月可用率每低于承诺值0.01个百分点，乙方支付甲方人民币壹仟伍佰元。上述款项甲方可从应付款项中直接扣除。
P:6.5 质保期内，乙方每季度对系统进行一次健康检查，对数据库性能、接口运行及安全补丁情况出具检查报告；省级卷烟营销平台接口规范调整时，乙方应在规定时限内免费完成相应改造。
P:6.6 质保期满后，乙方继续为甲方提供运维服务，年度运维服务费按软件许可费的百分之十八计取，即每年人民币贰拾贰万陆仟捌佰元（¥226,800），该标准在质保期满后三年内保持不变。运维服务内容及服务水平与质保期内相同，双方每年签订运维服务合同。
H:第七条 知识产权
P:7.1 “慧渠卷烟营销管理系统V5.0”软件产品的著作权归乙方所有，甲方依本合同享有永久使用权。
P:7.2 乙方为甲方定制开发的零售户画像及分档模型、货源投放辅助模型、各类接口程序、定制报表及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和维护。
P:7.3 乙方保证所交付的软件及开发成果不侵犯第三方的合法权利，如有侵权，由乙方承担全部责任。
H:第八条 数据安全
P:8.1 零售户档案、订单、访销记录、结算数据、货源投放数据及系统运行中产生的全部数据归甲方所有。乙方仅为履行本合同之目的接触上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 系统部署于甲方机房。乙方人员远程运维须经甲方审批，通过甲方堡垒机进行并留存操作日志；开发测试使用甲方提供的脱敏数据，乙方不得将生产数据复制到甲方环境之外。
P:8.3 乙方应按照行业数据安全管理要求落实安全措施。发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后两小时内报告甲方，并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方营销策略、货源投放方案、零售户信息、价格信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与项目人员签订保密协议。本条保密义务不因合同终止而解除。
H:第十条 分包
P:本合同项下的工作由乙方自行完成，乙方不得转包，未经甲方书面同意不得分包。
H:第十一条 违约责任
P:11.1 因乙方原因未能按第四条约定期限完成上线试运行或终验的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:11.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以人民币伍拾万元为限；但因乙方故意或重大过失、侵犯第三方知识产权以及违反本合同第八条、第九条约定造成的损失，不受此限。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或者严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，乙方应退还甲方已支付的相应款项。
P:12.2 合同解除后，乙方应向甲方移交已完成的工作成果及全部数据。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，提交江州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:14.2 本合同附件：《需求规格说明书》《项目实施计划》《培训计划》。
P:甲方（盖章）：青川省烟草公司江州市公司　　乙方（盖章）：慧渠软件技术有限公司
P:授权代表：　　　　　　　　授权代表：
P:日期：　　年　　月　　日　　日期：　　年　　月　　日
"""

H26E02 = """
T:Equipment Supply and Installation Contract
P:Contract No.: MJAG-IT-2025-HCI-01
P:Buyer: Minjiang Airport Group Co., Ltd., Airport Road 1, Changle District, Fuzhou, Fujian Province, PRC (the "Buyer")
P:Supplier: Huaxin Systems Integration Co., Ltd., 77 Wusi Road, Gulou District, Fuzhou, Fujian Province, PRC (the "Supplier")
P:Following an open tender for the renewal of the server and storage platform of the Buyer's airport operational database, passenger information and resource management systems, the Buyer has awarded this Contract to the Supplier. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the hyper-converged nodes, backup appliance, data-centre switches and all accessories listed in Article 3, together with the embedded software and the hyper-converged software licences supplied with them.
P:1.2 "Services" means delivery, installation, configuration, migration of the Buyer's virtual machines, testing, training and the warranty services under this Contract.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer confirming that all Equipment has been delivered, installed and powered on at the Buyer's primary and secondary data centres.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under Article 6.3.
P:1.5 "Severity 1 Fault" means a fault that stops, or threatens to stop, any system supporting flight operations, passenger processing or airport resource allocation, or causes the loss of redundancy of a complete hyper-converged cluster.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply the Equipment and perform the Services so that the Buyer's operational systems run on two hyper-converged clusters (one in each data centre) with replication between them and backup to the backup appliance, in accordance with Annex 1 (Technical Specifications) and the Supplier's tender.
P:2.2 The Supplier shall migrate not fewer than 180 virtual machines from the Buyer's existing platform to the new clusters, in migration windows agreed with the Buyer's operations control centre, without interrupting flight-related systems outside those windows.
P:2.3 The Supplier shall train ten administrators of the Buyer in cluster administration, backup and recovery, and fault handling, for at least five days.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 4,720,000 (four million seven hundred and twenty thousand Renminbi), inclusive of VAT, freight, insurance, installation and all other costs of performing this Contract.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Hyper-converged nodes (2 x 32-core CPU, 1 TB RAM, all-flash)|16|182,000|2,912,000
TB:2|Hyper-converged software licence, perpetual, per node|16|46,000|736,000
TB:3|Backup appliance with 400 TB usable capacity and licences|1|388,000|388,000
TB:4|25GE data-centre switches|4|96,000|384,000
TB:-|Hardware and Licence Subtotal|-|-|4,420,000
TB:5|Installation, configuration and virtual-machine migration|1|262,000|262,000
TB:6|Training|1|38,000|38,000
TB:-|Contract Price|-|-|4,720,000
P:3.2 The Contract Price is fixed and shall not be adjusted for changes in exchange rates, component prices or any other reason.
H:Article 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 472,000) within 20 days after the Buyer receives an irrevocable advance-payment guarantee for the same amount issued by a bank acceptable to the Buyer, together with an invoice.
P:4.2 Installation payment: 55% of the Contract Price (CNY 2,596,000) within 30 days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance of the Equipment or the Services.
P:4.3 Final payment: 35% of the Contract Price (CNY 1,652,000) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid special VAT invoice. The advance-payment guarantee shall be released on signature of the Installation Certificate.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the Buyer's data centres within 45 days after signature, complete installation within 60 days after signature, and complete migration and be ready for Final Acceptance within 120 days after signature.
P:5.2 Work in the data centres shall follow the Buyer's airside and data-centre access rules. Work on production systems may only be carried out in change windows approved by the Buyer.
P:5.3 If the Supplier fails to meet any date in Article 5.1 for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.56% of the Contract Price for each full week of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 6 Testing and Acceptance
P:6.1 After migration the system shall run in production for a trial period of 30 days.
P:6.2 The acceptance tests, to be witnessed by the Buyer, shall include: (a) verification of the model, quantity and configuration of every item of Equipment against Annex 1; (b) a performance test showing at least 400,000 IOPS per cluster at an average latency below 1 ms with the Buyer's test profile; (c) a node-failure test and a switch-failure test in each cluster without interruption of running virtual machines; (d) a replication test showing a recovery point of no more than 5 minutes and a failover of the designated critical systems to the secondary data centre; (e) checksum verification of every migrated virtual machine; (f) a full restore of three selected systems from the backup appliance; and (g) no Severity 1 Fault during the last 20 days of the trial period.
P:6.3 When all tests are passed and the as-built documentation has been delivered, the Buyer shall issue the Final Acceptance certificate within 10 working days. If a test fails, the Supplier shall remedy the failure at its own cost and repeat the test.
P:6.4 Delivery, installation, signature of the Installation Certificate, the trial period, use of the Equipment in production and any payment are not acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall, free of charge, repair or replace defective Equipment, supply software updates and patches, and provide the support services below. Replaced storage media remain with the Buyer.
P:7.2 Faults shall be handled within the following times:
TB:Severity|Description|Response|On site|Restoration
TB:1|Fault stopping or threatening flight-related systems, or loss of cluster redundancy|30 minutes|3 hours|8 hours
TB:2|Single component failure with redundancy maintained; performance degradation|1 hour|next business day|2 business days
TB:3|Questions, requests, minor defects|1 business day|as agreed|5 business days
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response, on-site or restoration time, the Supplier shall pay the Buyer CNY 2,000, which the Buyer may deduct from any amount due to the Supplier.
P:7.4 After the warranty period, the Buyer may order support on the same terms as in Articles 7.1 to 7.3. The annual support fee shall not exceed 8% of the Hardware and Licence Subtotal (CNY 353,600 per year) and is fixed for the fourth and fifth years after Final Acceptance. Support is ordered by the Buyer's purchase order year by year and does not renew automatically.
H:Article 8 Data Protection
P:8.1 All data stored on or processed by the Equipment, including flight, passenger and operational data, belongs to the Buyer. The Supplier may access such data only to the extent necessary to perform the Services, on the Buyer's instructions, and shall not copy, retain or use it for any other purpose.
P:8.2 The Supplier's engineers shall work on site under the supervision of the Buyer's staff. Remote access is allowed only through the Buyer's privileged access management system, for each session separately approved by the Buyer.
P:8.3 The Supplier shall comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and civil-aviation information security requirements applicable to the Buyer. It shall notify the Buyer within 2 hours after becoming aware of any security incident affecting the Buyer's data or systems and shall cooperate in its handling. The Supplier shall compensate the Buyer for all losses caused by any such incident attributable to the Supplier or its personnel.
H:Article 9 Intellectual Property
P:9.1 Embedded software and hyper-converged software remain the property of their owners and are licensed to the Buyer perpetually under Article 3.
P:9.2 The design documents, migration scripts, runbooks and as-built documentation prepared by the Supplier for the Buyer under this Contract belong to the Buyer, which may use, modify and give them to third parties freely.
P:9.3 The Supplier warrants that the Equipment and the Services do not infringe any third-party rights and shall indemnify the Buyer against any claim of infringement.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's network architecture, security settings and operational information, and shall not disclose it to any third party without the prior written consent of the other party.
P:10.2 This obligation survives the termination of this Contract for five years.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Articles 8 and 10, for which liability is not limited.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Article 5.3 reach their maximum.
P:13.2 On termination under Article 13.1, the Supplier shall refund all amounts paid for Equipment and Services that have not been accepted, and shall return the advance payment if the Installation Certificate has not been signed.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute arising from this Contract shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding.
H:Article 15 Miscellaneous
P:15.1 This Contract takes effect on signature and sealing by both parties. It is made in Chinese and English, and both texts have equal effect.
P:15.2 Annex 1 (Technical Specifications), Annex 2 (Migration Plan) and Annex 3 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

H26E03 = """
T:Managed IT Operations Services Agreement
P:Agreement No.: QHFM-MSA-2025-07
P:This Agreement is made between Qianhai Harbour Fund Management Co., Ltd., a fund management company licensed by the China Securities Regulatory Commission, Floor 32, Qianhai Financial Tower, Nanshan District, Shenzhen, PRC ("Customer"), and Pinnacle IT Services (Shenzhen) Co., Ltd., Block B, Software Industry Base, Nanshan District, Shenzhen, PRC ("Supplier").
P:Customer wishes to outsource the day-to-day operation of its IT infrastructure, and Supplier has been selected after a competitive procurement to provide those services on the terms below.
H:1. Definitions
P:1.1 "Services" means the managed operations services described in Clause 3 and Schedule A.
P:1.2 "In-Scope Environment" means Customer's servers, storage, virtualisation platform, networks, security devices and end-user computing equipment at its Shenzhen head office, its Shenzhen production data centre and its Dongguan disaster-recovery data centre, as listed in Schedule A.
P:1.3 "Core Infrastructure Services" means the virtualisation platform, storage, core network, internet and leased-line connectivity and directory services supporting Customer's investment, trading, registration and clearing systems.
P:1.4 "P1 Incident" means an incident that interrupts, or seriously threatens, any Core Infrastructure Service during trading hours or during end-of-day clearing.
P:1.5 "Service Commencement Date" means the date stated in the Transition Acceptance certificate issued under Clause 4.3.
P:1.6 "Customer Data" means all data of Customer and of its funds, investors and employees that Supplier accesses or processes in performing the Services.
H:2. Term
P:2.1 The Services shall be provided for twenty-four (24) months from the Service Commencement Date (the "Term").
P:2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.
H:3. Services
P:3.1 Supplier shall provide: (a) 7 x 24 monitoring of the In-Scope Environment from its service centre in Shenzhen; (b) incident and problem management; (c) change and release management under Customer's change procedures; (d) patching, backup and restore operations; (e) capacity and performance management with monthly reports; (f) on-site end-user support at the head office by four resident engineers during business days; and (g) support for Customer's business continuity drills and regulatory inspections.
P:3.2 Supplier shall provide a named service delivery manager and shall not replace the resident engineers without Customer's prior written approval, except on resignation, in which case a replacement with equivalent qualifications shall be provided within 10 business days.
P:3.3 Supplier shall follow Customer's information security, change management and access policies, as updated from time to time, and the operational requirements for information technology management of securities and fund institutions issued by the CSRC.
H:4. Transition
P:4.1 Supplier shall take over the Services from Customer's current provider within 45 days after signature in accordance with the Transition Plan in Schedule B.
P:4.2 Transition shall be complete when: (a) an asset and configuration inventory of the In-Scope Environment has been agreed with Customer; (b) all administrative accounts have been reviewed and placed under Customer's privileged access management system; (c) the runbooks for every Core Infrastructure Service have been written and approved by Customer; (d) a restore test of the trading database backups and a failover test to the Dongguan data centre have been performed successfully; and (e) Supplier has operated the Services in parallel with the current provider for 10 trading days without any P1 Incident caused by Supplier.
P:4.3 When the conditions in Clause 4.2 are met, Customer shall issue a Transition Acceptance certificate. The start of monitoring or the handling of tickets by Supplier before that date does not constitute Transition Acceptance.
P:4.4 If the Service Commencement Date has not occurred within the period in Clause 4.1 for reasons attributable to Supplier, Supplier shall pay Customer liquidated damages of CNY 2,380 for each day of delay.
H:5. Charges and Payment
P:5.1 The charges are: (a) a one-time transition charge of CNY 88,000; and (b) a monthly service charge of CNY 138,000 for each of the 24 months of the Term (CNY 3,312,000 in total). The total contract value is CNY 3,400,000, inclusive of VAT. The charges are fixed for the Term.
P:5.2 No advance payment is made. The transition charge is invoiced after Transition Acceptance. The monthly service charges are invoiced quarterly in arrears after Customer has confirmed the quarterly service report.
P:5.3 Customer shall pay each undisputed invoice within 30 days of receipt. Service credits under Clause 6 are deducted from the invoice for the relevant quarter.
H:6. Service Levels and Service Credits
P:6.1 Availability of each Core Infrastructure Service shall be at least 99.95% per calendar month, measured during trading hours and end-of-day clearing, excluding maintenance windows approved in advance by Customer.
P:6.2 Incidents shall be handled within the following times:
P:P1 Incident: response within 15 minutes; restoration within 2 hours.
P:P2 Incident (degradation of a Core Infrastructure Service, or failure of a non-core service): response within 30 minutes; restoration within 8 hours.
P:P3 Incident (individual user or device): response within 1 hour; resolution within 2 business days.
P:6.3 Service credits: (a) for each 0.01 percentage point by which the availability of a Core Infrastructure Service falls below the level in Clause 6.1 in a month, 2% of that month's service charge; (b) for each P1 Incident whose response or restoration time is exceeded, CNY 3,000; and (c) for each P2 Incident whose restoration time is exceeded, CNY 800. Service credits in any month shall not exceed 25% of that month's service charge.
P:6.4 Supplier shall deliver a monthly service report within five business days after the end of each month, including availability, incidents, changes, backup results, capacity trends and security events.
H:7. Customer Data and Security
P:7.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to perform the Services and on Customer's documented instructions, and shall not use it for any other purpose, including in anonymised or aggregated form.
P:7.2 Supplier personnel shall access the In-Scope Environment only with named accounts through Customer's privileged access management system, with multi-factor authentication and session recording. Supplier shall not copy Customer Data to any device or system outside the In-Scope Environment, and removable storage media are prohibited.
P:7.3 Supplier shall comply with the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law and the CSRC rules on information security of securities and fund institutions, and shall support Customer in meeting its classified protection (MLPS level 3) obligations.
P:7.4 Supplier shall report any actual or suspected security incident affecting Customer Data or the In-Scope Environment to Customer within 30 minutes of becoming aware of it, shall follow Customer's incident response plan, and shall assist Customer with any report to regulators. Supplier shall indemnify Customer against all losses, fines and costs arising from any security incident caused by Supplier or its personnel.
P:7.5 On expiry of the Term, Supplier shall return all Customer documents and credentials and securely delete any Customer Data in its possession, and shall confirm the deletion in writing.
H:8. Confidentiality
P:8.1 Supplier shall keep confidential all non-public information of Customer, including information on fund portfolios, trading strategies, investors and systems, and shall disclose it only to its personnel who need it to perform the Services and who are bound by written confidentiality obligations.
P:8.2 The obligations in this Clause 8 continue for five years after the end of the Term, and indefinitely for inside information and personal information.
H:9. Intellectual Property
P:9.1 Runbooks, scripts, configuration baselines, reports and other materials prepared by Supplier specifically for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.
P:9.2 Supplier's own monitoring and ticketing tools remain Supplier's property. Supplier grants Customer a free licence to use them during the Term.
H:10. Subcontracting
P:10.1 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for any approved subcontractor as for its own personnel.
H:11. Audit
P:11.1 Customer, its auditors and the CSRC may audit Supplier's performance of the Services, its security controls and records relating to Customer on reasonable notice. Supplier shall cooperate and remedy any findings within the time agreed with Customer.
H:12. Exit
P:12.1 At the end of the Term, Supplier shall provide exit assistance for up to 60 days, including knowledge transfer to Customer or its new provider, at the monthly service charge pro rata.
H:13. Liability
P:13.1 Supplier is liable for losses suffered by Customer as a result of Supplier's breach of this Agreement, subject to Clause 14.
H:14. Limitation of Liability
P:14.1 Supplier's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid and payable under this Agreement for the six (6) months preceding the event giving rise to the claim.
P:14.2 The limitation in Clause 14.1 does not apply to liability for death or personal injury, fraud, or wilful misconduct.
H:15. Duration and Ending of the Agreement
P:15.1 This Agreement starts on signature and ends at the end of the Term, subject to the exit assistance under Clause 12.
P:15.2 Neither party may terminate this Agreement before the end of the Term, except under Clause 17 or by written agreement of both parties. Customer's remedies for any breach by Supplier, including any failure to meet the service levels, are the service credits under Clause 6 and damages under Clause 13, subject to Clause 14.
H:16. Personnel
P:16.1 Supplier's personnel working at Customer's premises shall pass Customer's background checks, sign Customer's confidentiality and conduct undertakings, and comply with Customer's compliance rules on personal securities trading.
H:17. Force Majeure
P:17.1 Neither party is liable for failure to perform caused by events beyond its reasonable control. If a force majeure event prevents the performance of the Services for more than 60 days, either party may end this Agreement by written notice.
H:18. Governing Law and Disputes
P:18.1 This Agreement is governed by the laws of the People's Republic of China.
P:18.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding on both parties.
H:19. General
P:19.1 This Agreement, including Schedule A (Services and In-Scope Environment) and Schedule B (Transition Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:19.2 This Agreement is signed in two originals, one for each party.
P:Signed for Customer: ____________________    Signed for Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

SOURCES = {"h26z01": H26Z01, "h26z02": H26Z02, "h26e02": H26E02, "h26e03": H26E03}
TARGETS = {"h26z01": ("h26z01_grain_reserve_smart_granary_integration.docx", "docx"),
           "h26z02": ("h26z02_tobacco_company_marketing_system_licence.pdf", "pdf"),
           "h26e02": ("h26e02_airport_group_hyperconverged_servers_supply.docx", "docx"),
           "h26e03": ("h26e03_fund_manager_managed_it_operations.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
